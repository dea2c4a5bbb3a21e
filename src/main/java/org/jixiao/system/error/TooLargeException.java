package org.jixiao.system.error;

import org.jixiao.system.text.Message;
import org.jixiao.system.text.Messages;

/** A request, or what it carries, is larger than a configured limit; nothing was read further or stored. */
public class TooLargeException extends RuntimeException {

    private final Message text;

    public TooLargeException(Message text) {
        super(Messages.render(text, Messages.ENGLISH));
        this.text = text;
    }

    /** Which limit, to be put into the caller's language. */
    public Message text() {
        return text;
    }
}
