package org.jixiao.fuzz;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Bad and edge-case values, drawn from a seeded {@link Random} so that a failing run can be repeated: control and
 * bidirectional characters, unpaired surrogates, huge, tiny and negative numbers, numbers in exponent form, values of
 * the wrong JSON type, and very long text.
 */
final class BadValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int[] TROUBLE = {0x0000, 0x0001, 0x0008, 0x000B, 0x001B, 0x007F, 0x0085, 0x009F, 0x202E,
            0x200F, 0x2066, 0xFEFF, 0xD800, 0xDFFF, 0xFFFF, 0x1F600, 0x20000};

    private static final String PLAIN = "项目aZ9 %_-.'\"\\<>&";

    private final Random random;

    BadValues(long seed) {
        this.random = new Random(seed);
    }

    /** Values for a JSON field: a fixed set everyone gets, and {@code extra} random ones. */
    List<JsonNode> jsonValues(int extra) {
        List<JsonNode> values = new ArrayList<>(List.of(
                NODES.nullNode(), NODES.stringNode(""), NODES.stringNode("   "), NODES.stringNode("\u0000"),
                NODES.stringNode("项目\u202Efdp.exe"), NODES.stringNode("x".repeat(70_000)),
                NODES.numberNode(new BigDecimal("1e400")), NODES.numberNode(new BigDecimal("-1e400")),
                NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(-1), NODES.numberNode(0),
                NODES.numberNode(new BigDecimal("0.000000000000000000001")), NODES.booleanNode(true),
                NODES.arrayNode().add("x"), NODES.objectNode().put("x", 1), NODES.stringNode("9999-12-31"),
                NODES.stringNode("99999999999999999999999999%"), NODES.stringNode("9999999999999999999万元"),
                NODES.stringNode("NaN"), NODES.stringNode("Infinity"), NODES.stringNode("1e400")));
        for (int i = 0; i < extra; i++) {
            values.add(random.nextBoolean() ? NODES.stringNode(troubledText()) : randomNumber());
        }
        return values;
    }

    /** Values for a query or path parameter, as raw (percent-encoded where needed) URL text. */
    List<String> parameterValues(int extra) {
        List<String> values = new ArrayList<>(List.of("", "%00", "a%00b", "%E2%80%AE", "%ED%A0%80", "-1", "0",
                "99999999999999999999", "1e400", "NaN", "abc", "%20", "x".repeat(3_000), "%FF%FE", "true", "[]"));
        for (int i = 0; i < extra; i++) {
            values.add(percentEncoded(troubledText()));
        }
        return values;
    }

    /** Whole bodies that are not the JSON object an operation expects. */
    List<String> rawBodies() {
        return List.of("", "null", "[]", "\"text\"", "42", "{", "{\"a\":1,\"a\":2}", "{\"a\":\"\\u0000\"}",
                "\u0000", "<xml/>", "{}" + "}".repeat(3), "[".repeat(5_000));
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private String troubledText() {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            if (random.nextInt(3) == 0) {
                text.appendCodePoint(TROUBLE[random.nextInt(TROUBLE.length)]);
            }
            else {
                text.append(PLAIN.charAt(random.nextInt(PLAIN.length())));
            }
        }
        return text.toString();
    }

    private JsonNode randomNumber() {
        return switch (random.nextInt(4)) {
            case 0 -> NODES.numberNode(random.nextLong());
            case 1 -> NODES.numberNode(new BigDecimal(random.nextInt(10) + "e" + (random.nextInt(800) - 400)));
            case 2 -> NODES.numberNode(random.nextDouble() * 1e6);
            default -> NODES.numberNode(-random.nextInt(1_000_000));
        };
    }

    private static String percentEncoded(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int unsigned = b & 0xFF;
            if (Character.isLetterOrDigit(unsigned) && unsigned < 0x80) {
                encoded.append((char) unsigned);
            }
            else {
                encoded.append('%').append(String.format("%02X", unsigned));
            }
        }
        return encoded.toString();
    }
}
