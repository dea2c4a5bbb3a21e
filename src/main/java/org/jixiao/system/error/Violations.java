package org.jixiao.system.error;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jixiao.system.text.Message;

/**
 * What is wrong with one request, collected field by field so that the answer names every bad field at once; the
 * request then changes nothing. Checks of free text live here because every text field has the same two limits.
 */
public final class Violations {

    private final List<FieldViolation> found;
    private final String prefix;

    public Violations() {
        this(new ArrayList<>(), "");
    }

    private Violations(List<FieldViolation> found, String prefix) {
        this.found = found;
        this.prefix = prefix;
    }

    /** The same collection, for the fields of one part of the request ({@code lines[3].}, {@code indicators[0].}). */
    public Violations under(String path) {
        return new Violations(found, prefix + path);
    }

    /** A violation in English only, shown as written whatever language the caller asked for. */
    public void add(String field, String message) {
        found.add(new FieldViolation(prefix + field, message));
    }

    public void add(String field, Message text) {
        found.add(new FieldViolation(prefix + field, text));
    }

    /**
     * A text that may be absent; when present, {@link StorableText storable} and at most {@code maxLength}
     * characters (code points, so that a rare Chinese character counts once) after stripping. Answers whether it
     * passed.
     */
    public boolean optionalText(String field, String value, int maxLength) {
        if (value == null) {
            return true;
        }
        Optional<Message> unstorable = StorableText.problem(value);
        if (unstorable.isPresent()) {
            add(field, unstorable.get());
            return false;
        }
        if (value.strip().codePoints().count() > maxLength) {
            add(field, tooLong(maxLength));
            return false;
        }
        return true;
    }

    /** A text that must be given (not blank) and pass {@link #optionalText}. Answers whether it passed. */
    public boolean requiredText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, required());
            return false;
        }
        return optionalText(field, value, maxLength);
    }

    /** "is required", the most common thing wrong with a field. */
    public static Message required() {
        return Message.of("problem.field.required");
    }

    /** "is longer than N characters". */
    public static Message tooLong(int maxLength) {
        return Message.of("problem.field.too-long", maxLength);
    }

    /** How many were found so far, so that a check of one part can tell whether that part added any. */
    public int count() {
        return found.size();
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<FieldViolation> list() {
        return List.copyOf(found);
    }

    /** Refuses the request when anything was found. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found, false);
        }
    }
}
