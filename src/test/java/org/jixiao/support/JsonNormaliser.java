package org.jixiao.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

/** JSON as plain values with numbers compared by value (70.60 equals 70.6), for comparing documents. */
public final class JsonNormaliser {

    private JsonNormaliser() {
    }

    public static Object normalise(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue().stripTrailingZeros();
            return value.scale() < 0 ? value.setScale(0) : value;
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.forEach(item -> items.add(normalise(item)));
            return items;
        }
        if (node.isObject()) {
            Map<String, Object> fields = new TreeMap<>();
            node.properties().forEach(entry -> fields.put(entry.getKey(), normalise(entry.getValue())));
            return fields;
        }
        return node.asString();
    }

    /** The same document without the named top-level keys (ids, timestamps, links). */
    public static Object normaliseWithout(JsonNode node, String... keys) {
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) normalise(node);
        for (String key : keys) {
            fields.remove(key);
        }
        return fields;
    }
}
