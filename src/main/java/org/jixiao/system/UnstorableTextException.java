package org.jixiao.system;

import org.jixiao.system.text.Message;
import org.jixiao.system.text.Messages;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/** A JSON string that reads fine but holds text the service refuses (see {@code StorableText}). */
public class UnstorableTextException extends MismatchedInputException {

    private final transient Message problem;

    UnstorableTextException(JsonParser parser, Message problem) {
        super(parser, Messages.render(problem, Messages.ENGLISH), String.class);
        this.problem = problem;
    }

    /** What is wrong with the text, to be put into the caller's language. */
    public Message problem() {
        return problem;
    }
}
