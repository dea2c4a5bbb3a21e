package org.jixiao.system;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;

import org.jixiao.system.text.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Jackson's reading errors in the words of the API: a JSON path to the field, and what it should have been. */
public final class JsonErrors {

    private JsonErrors() {
    }

    /** {@code indicators.annual[3].level1}, or the fallback when the error has no path. */
    public static String fieldOf(JacksonException ex, String fallback) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? fallback : field.toString();
    }

    /** What a value of the wrong shape should have been, or why a string was refused. */
    public static Message mismatch(MismatchedInputException ex) {
        return ex instanceof UnstorableTextException unstorable ? unstorable.problem()
                : Message.of("problem.field.must-be", expected(ex.getTargetType()));
    }

    /** "must be a whole number (was 'first')", for a parameter that could not be converted. */
    public static Message mismatch(Class<?> type, Object value) {
        return Message.of("problem.field.must-be-was", expected(type), String.valueOf(value));
    }

    /** The kind of value a type takes, in words: "a whole number", "a date as YYYY-MM-DD" ... */
    public static Message expected(Class<?> type) {
        if (type == null) {
            return Message.of("problem.type.other");
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return Message.of("problem.type.whole-number");
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return Message.of("problem.type.number");
        }
        if (type == String.class) {
            return Message.of("problem.type.string");
        }
        if (type == LocalDate.class) {
            return Message.of("problem.type.date");
        }
        if (type == Instant.class) {
            return Message.of("problem.type.instant");
        }
        if (type.isEnum()) {
            return Message.of("problem.type.one-of", String.join(", ", Arrays.stream(type.getEnumConstants())
                    .map(Object::toString).toList()));
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return Message.of("problem.type.array");
        }
        return Message.of("problem.type.object");
    }
}
