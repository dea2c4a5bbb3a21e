package org.jixiao.system.error;

import java.util.Optional;

import org.jixiao.system.text.Message;
import org.jixiao.system.text.Messages;

/**
 * Which text the service accepts. PostgreSQL cannot store U+0000 at all; the other C0 and C1 control characters
 * (except tab, line feed and carriage return) and unpaired surrogates are never meant in a name, a note or a target,
 * and would reach emails and exports unseen. Such text is refused, naming the character, rather than cleaned.
 */
public final class StorableText {

    private StorableText() {
    }

    /** What is wrong with the text, in English, or empty when it can be stored as it is. */
    public static Optional<String> problemWith(String text) {
        return problem(text).map(message -> Messages.render(message, Messages.ENGLISH));
    }

    /** What is wrong with the text, for a person in any language, or empty when it can be stored as it is. */
    public static Optional<Message> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            position++;
            if (codePoint <= Character.MAX_VALUE && Character.isSurrogate((char) codePoint)) {
                return Optional.of(Message.of("problem.field.unpaired-surrogate", "%04X".formatted(codePoint),
                        position));
            }
            if (isRefusedControl(codePoint)) {
                return Optional.of(Message.of("problem.field.control-character", "%04X".formatted(codePoint),
                        position));
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    static boolean isRefusedControl(int codePoint) {
        boolean c0 = codePoint < 0x20 && codePoint != '\t' && codePoint != '\n' && codePoint != '\r';
        boolean deleteOrC1 = codePoint >= 0x7F && codePoint <= 0x9F;
        return c0 || deleteOrC1;
    }
}
