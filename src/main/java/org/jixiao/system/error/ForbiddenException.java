package org.jixiao.system.error;

import org.jixiao.system.text.Message;
import org.jixiao.system.text.Messages;

/** The caller may see the thing but may not do this to it. */
public class ForbiddenException extends RuntimeException {

    private final Message text;

    /** A text in English only, shown as written whatever language the caller asked for. */
    public ForbiddenException(String message) {
        this(Message.verbatim(message));
    }

    public ForbiddenException(Message text) {
        super(Messages.render(text, Messages.ENGLISH));
        this.text = text;
    }

    /** Why not, to be put into the caller's language. */
    public Message text() {
        return text;
    }
}
