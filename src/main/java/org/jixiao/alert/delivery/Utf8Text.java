package org.jixiao.alert.delivery;

import java.nio.charset.StandardCharsets;

/** Sizes of text as robots count them: UTF-8 bytes, where a Chinese character takes three. */
final class Utf8Text {

    static final String ELLIPSIS = "…";

    private Utf8Text() {
    }

    static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * The text itself if it fits in {@code maxBytes}, else its longest prefix of whole code points that fits with an
     * ellipsis after it.
     */
    static String truncate(String text, int maxBytes) {
        if (bytes(text) <= maxBytes) {
            return text;
        }
        String ellipsis = maxBytes >= bytes(ELLIPSIS) ? ELLIPSIS : "";
        int budget = maxBytes - bytes(ellipsis);
        int end = 0;
        int used = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = bytes(Character.toString(codePoint));
            if (used + size > budget) {
                break;
            }
            used += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end) + ellipsis;
    }
}
