package org.jixiao.fuzz;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Paths to the fields of a JSON body ({@code indicators.annual[3].target}), and copies with one field changed. */
final class JsonFields {

    private JsonFields() {
    }

    /** Every field and array element below the root, parents before children. */
    static List<String> paths(JsonNode root) {
        List<String> paths = new ArrayList<>();
        collect(root, "", paths);
        return paths;
    }

    static JsonNode with(JsonNode root, String path, JsonNode value) {
        JsonNode copy = root.deepCopy();
        set(copy, path, value);
        return copy;
    }

    static JsonNode without(JsonNode root, String path) {
        JsonNode copy = root.deepCopy();
        set(copy, path, null);
        return copy;
    }

    private static void collect(JsonNode node, String prefix, List<String> paths) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
                paths.add(path);
                collect(field.getValue(), path, paths);
            }
        }
        else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String path = prefix + "[" + i + "]";
                paths.add(path);
                collect(node.get(i), path, paths);
            }
        }
    }

    /** Sets (or with {@code null}, removes) the field at the path; the path was taken from this very tree. */
    private static void set(JsonNode root, String path, JsonNode value) {
        int split = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        JsonNode parent = split <= 0 ? root : at(root, path.substring(0, split));
        String last = split <= 0 ? path : path.substring(split + (path.charAt(split) == '.' ? 1 : 0));
        if (last.startsWith("[")) {
            int index = Integer.parseInt(last.substring(1, last.length() - 1));
            if (value == null) {
                ((ArrayNode) parent).remove(index);
            }
            else {
                ((ArrayNode) parent).set(index, value);
            }
        }
        else if (value == null) {
            ((ObjectNode) parent).remove(last);
        }
        else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            if (!name.isEmpty()) {
                node = node.get(name);
            }
            for (int open = part.indexOf('['); open >= 0; open = part.indexOf('[', open + 1)) {
                node = node.get(Integer.parseInt(part.substring(open + 1, part.indexOf(']', open))));
            }
        }
        return node;
    }
}
