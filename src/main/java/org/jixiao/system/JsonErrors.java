package org.jixiao.system;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;

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
    public static String mismatch(MismatchedInputException ex) {
        return ex instanceof UnstorableTextException ? ex.getOriginalMessage() : "must be " + expected(ex.getTargetType());
    }

    public static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == LocalDate.class) {
            return "a date as YYYY-MM-DD";
        }
        if (type == Instant.class) {
            return "an instant as YYYY-MM-DDThh:mm:ssZ";
        }
        if (type.isEnum()) {
            return "one of " + String.join(", ", Arrays.stream(type.getEnumConstants())
                    .map(Object::toString).toList());
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
