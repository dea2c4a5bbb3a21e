package org.jixiao.system.error;

import org.jixiao.system.text.Message;
import org.jixiao.system.text.Messages;

/**
 * One thing wrong with a request.
 *
 * @param field where, as a JSON path into the body ({@code indicators.annual[3].level1}) or a parameter name
 * @param text what is wrong, for a person, put into the caller's language where it is shown
 */
public record FieldViolation(String field, Message text) {

    /** A text in English only, shown as written whatever language the caller asked for. */
    public FieldViolation(String field, String message) {
        this(field, Message.verbatim(message));
    }

    /** What is wrong, in English (logs, exception messages). */
    public String message() {
        return Messages.render(text, Messages.ENGLISH);
    }
}
