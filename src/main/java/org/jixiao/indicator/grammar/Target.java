package org.jixiao.indicator.grammar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A printed target value (指标值) read into a typed value. The printed {@code text} is always kept exactly as given,
 * whatever the reading.
 *
 * @param text the input exactly as given (may be {@code null} for a blank cell)
 * @param kind what the text turned out to be
 * @param comparator the comparison, or {@code null} where none applies (ranges, compounds, qualitative ...)
 * @param value the number, money in yuan; {@code null} where none applies
 * @param unit the unit as printed after the number ({@code 人}, {@code %}, {@code 万元}, {@code 元/台}, {@code 小时})
 * @param perUnit what a per-unit amount is per ({@code 台} for {@code ≤6000元/台}), else {@code null}
 * @param direction the scoring direction of a measured target, {@code null} for deadlines and the like
 * @param due the due date of a deadline, else {@code null}
 * @param suspect whether the reading is doubtful (OCR damage, impossible values) and needs a person to confirm
 * @param readingNotes what was assumed while reading, in plain words; never {@code null}
 * @param range the bounds of a range, else {@code null}
 * @param parts the labelled sub-targets of a compound; never {@code null}
 * @param recurrence the repetition of a recurring target, else {@code null}
 */
public record Target(String text, TargetKind kind, ComparisonOperator comparator, BigDecimal value, String unit,
        String perUnit, Direction direction, LocalDate due, boolean suspect, List<String> readingNotes, Range range,
        List<Part> parts, Recurrence recurrence) {

    public Target {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        readingNotes = (readingNotes != null) ? List.copyOf(readingNotes) : List.of();
        parts = (parts != null) ? List.copyOf(parts) : List.of();
    }

    /** A blank cell. */
    public static Target missing(String text) {
        return new Target(text, TargetKind.MISSING, null, null, null, null, null, null, false, List.of(), null,
                List.of(), null);
    }

    /** A blank cell with no text at all. */
    public static Target missing() {
        return missing(null);
    }

    /** Text that no reading fits, kept verbatim. */
    public static Target unparsed(String text) {
        return unparsed(text, List.of());
    }

    /** Text that no reading fits, kept verbatim, with notes on why. */
    public static Target unparsed(String text, List<String> readingNotes) {
        return new Target(text, TargetKind.UNPARSED, null, null, null, null, null, null, false, readingNotes, null,
                List.of(), null);
    }

}
