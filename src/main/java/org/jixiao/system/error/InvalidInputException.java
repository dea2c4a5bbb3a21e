package org.jixiao.system.error;

import java.util.List;

import org.jixiao.system.text.Message;

/**
 * Input that was read but breaks the rules (a missing name, negative money). Nothing was changed.
 * {@code malformed} marks input that could not even be read as the expected shape (bad JSON, wrong types).
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldViolation> violations;
    private final boolean malformed;

    public InvalidInputException(List<FieldViolation> violations, boolean malformed) {
        super(summary(violations));
        this.violations = List.copyOf(violations);
        this.malformed = malformed;
    }

    public static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(List.of(new FieldViolation(field, message)), false);
    }

    public static InvalidInputException invalid(String field, Message text) {
        return new InvalidInputException(List.of(new FieldViolation(field, text)), false);
    }

    public static InvalidInputException malformed(String field, String message) {
        return new InvalidInputException(List.of(new FieldViolation(field, message)), true);
    }

    public static InvalidInputException malformed(String field, Message text) {
        return new InvalidInputException(List.of(new FieldViolation(field, text)), true);
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    public boolean malformed() {
        return malformed;
    }

    private static String summary(List<FieldViolation> violations) {
        if (violations.isEmpty()) {
            return "invalid input";
        }
        FieldViolation first = violations.getFirst();
        String more = violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "";
        return first.field() + ": " + first.message() + more;
    }
}
