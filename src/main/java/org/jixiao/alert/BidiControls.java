package org.jixiao.alert;

import java.util.regex.Pattern;

import org.jixiao.system.text.Message;

/**
 * Bidirectional controls (U+202E RIGHT-TO-LEFT OVERRIDE and its kin) are legal in a project name but let it
 * display as something else in a subject line: "项目\u202Efdp.exe" reads as "项目exe.pdf". Every text that goes into
 * a message loses them.
 */
public final class BidiControls {

    /** ALM, LRM, RLM, the embeddings and overrides LRE…RLO, and the isolates LRI…PDI. */
    private static final Pattern CONTROLS = Pattern.compile("[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private BidiControls() {
    }

    /** The text without bidirectional controls; {@code null} stays {@code null}. */
    public static String stripped(String text) {
        return text == null ? null : CONTROLS.matcher(text).replaceAll("");
    }

    /** The message with every text among its arguments stripped, however deep; {@code null} stays {@code null}. */
    public static Message stripped(Message message) {
        if (message == null) {
            return null;
        }
        return new Message(message.key(), message.args().stream()
                .map(arg -> arg instanceof Message nested ? stripped(nested) : (Object) stripped((String) arg))
                .toList());
    }
}
