package org.jixiao.measurement;

import org.jixiao.system.text.Message;
import org.jixiao.system.text.Messages;

/**
 * A measured value that cannot be read against its target; the message says why, quoting the text and the target
 * as printed, in any language ({@link #text()}); {@link #getMessage()} is its English wording.
 */
public class MeasurementException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Message text;

    public MeasurementException(Message text) {
        super(Messages.render(text, Messages.ENGLISH));
        this.text = text;
    }

    /** Why the value cannot be taken, to be put into the reader's language. */
    public Message text() {
        return text;
    }

}
