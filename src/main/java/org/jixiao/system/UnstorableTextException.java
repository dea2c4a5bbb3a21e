package org.jixiao.system;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/** A JSON string that reads fine but holds text the service refuses (see {@code StorableText}). */
public class UnstorableTextException extends MismatchedInputException {

    UnstorableTextException(JsonParser parser, String problem) {
        super(parser, problem, String.class);
    }
}
