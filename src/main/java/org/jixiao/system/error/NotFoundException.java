package org.jixiao.system.error;

import org.jixiao.system.text.Message;
import org.jixiao.system.text.Messages;

/** The thing asked for does not exist (or is not visible to the caller). */
public class NotFoundException extends RuntimeException {

    private final Message text;

    /** A text in English only, shown as written whatever language the caller asked for. */
    public NotFoundException(String message) {
        this(Message.verbatim(message));
    }

    public NotFoundException(Message text) {
        super(Messages.render(text, Messages.ENGLISH));
        this.text = text;
    }

    /** What is missing, to be put into the caller's language. */
    public Message text() {
        return text;
    }
}
