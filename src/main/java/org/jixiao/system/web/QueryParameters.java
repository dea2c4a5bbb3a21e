package org.jixiao.system.web;

import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.text.Message;

/** Checks shared by the list endpoints. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** Refuses a page before the first or a size outside 1..maxSize, naming the parameter. */
    public static void checkPage(int page, int size, int maxSize) {
        if (page < 0) {
            throw InvalidInputException.invalid("page", Message.of("problem.field.page"));
        }
        if (size < 1 || size > maxSize) {
            throw InvalidInputException.invalid("size", Message.of("problem.field.size", maxSize));
        }
    }

    /** An absent or blank filter matches everything. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
