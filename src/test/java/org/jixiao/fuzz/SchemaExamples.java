package org.jixiao.fuzz;

import java.util.Iterator;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plain example value for an OpenAPI schema (strings "x", numbers 1, the first enum constant, one array element),
 * the starting point that the fuzz test then spoils one field at a time.
 */
final class SchemaExamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;

    private final JsonNode components;

    SchemaExamples(JsonNode apiDocs) {
        this.components = apiDocs.path("components").path("schemas");
    }

    JsonNode example(JsonNode schema) {
        return example(schema, 0);
    }

    private JsonNode example(JsonNode schema, int depth) {
        if (schema == null || schema.isMissingNode() || depth > MAX_DEPTH) {
            return NODES.nullNode();
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            return example(components.get(name), depth + 1);
        }
        for (String combined : new String[] {"oneOf", "anyOf", "allOf"}) {
            if (schema.has(combined) && !schema.get(combined).isEmpty()) {
                return example(schema.get(combined).get(0), depth + 1);
            }
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").isArray() ? schema.get("type").get(0).asString()
                : schema.path("type").asString("object");
        return switch (type) {
            case "string" -> NODES.stringNode(stringFor(schema.path("format").asString("")));
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(example(schema.get("items"), depth + 1));
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").properties().iterator();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    object.set(property.getKey(), example(property.getValue(), depth + 1));
                }
                yield object;
            }
        };
    }

    private static String stringFor(String format) {
        return switch (format) {
            case "date" -> "2025-06-30";
            case "date-time" -> "2025-06-30T08:00:00+08:00";
            case "uri" -> "https://example.org/evidence";
            case "email" -> "manager@example.org";
            default -> "x";
        };
    }
}
