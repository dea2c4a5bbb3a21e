package org.jixiao.indicator.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the printed target value of an indicator (指标值) into a {@link Target}. The grammar is in
 * {@code docs/target-grammar.md}; in short, readers are tried from the most specific to the least: blank, recurring,
 * deadline, range, measure (comparison + number + unit), compound, qualitative; text none of them reads is kept as
 * {@link TargetKind#UNPARSED}.
 * <p>
 * Thread-safe (no mutable state) and total: {@link #parse} never throws, whatever the input.
 */
public final class TargetParser {

    /**
     * The version of the grammar. Bumped whenever a reading changes, so stored readings can be refreshed.
     */
    public static final String VERSION = "2";

    // Beyond this a text is prose, not a target value; capping it also bounds the work per call.
    private static final int LONGEST_READABLE = 200;

    private static final Set<String> BLANKS = Set.of("", "/", "//", "-", "--", "—", "——", "无", "~");

    private final TextNormaliser normaliser = new TextNormaliser();

    private final DeadlineReader deadlines;

    private final RecurrenceReader recurrences = new RecurrenceReader();

    private final RangeReader ranges = new RangeReader();

    private final MeasureReader measures = new MeasureReader();

    private final BeforeMonthReading beforeMonthReading;

    /** A parser reading {@code N月前} as given; {@code null} means the default, previous month end. */
    public TargetParser(BeforeMonthReading beforeMonthReading) {
        this.beforeMonthReading = (beforeMonthReading != null) ? beforeMonthReading
                : BeforeMonthReading.PREVIOUS_MONTH_END;
        this.deadlines = new DeadlineReader(this.beforeMonthReading);
    }

    /** A parser with the default reading of {@code N月前} (before month N begins). */
    public TargetParser() {
        this(BeforeMonthReading.PREVIOUS_MONTH_END);
    }

    /** How this parser reads {@code N月前}. */
    public BeforeMonthReading beforeMonthReading() {
        return this.beforeMonthReading;
    }

    /**
     * Reads a printed target value without knowing its indicator: a bare {@code 万} or {@code 亿} stays part of a
     * count. Prefer {@link #parse(String, int, String, String)} where the row is known.
     * @param text the 指标值 cell as printed; {@code null} or blank is {@link TargetKind#MISSING}
     * @param fiscalYear the year of the sheet, used for deadlines that print no year
     * @return the reading, never {@code null}; its {@code text} is the input unchanged
     */
    public Target parse(String text, int fiscalYear) {
        return parse(text, fiscalYear, null, null);
    }

    /**
     * Reads the printed target value of an indicator row. The row's levels say whether it counts costs, which makes
     * a bare {@code 万} or {@code 亿} after a number money ({@code 80万} in a 成本指标 row is 800,000 yuan).
     * @param text the 指标值 cell as printed; {@code null} or blank is {@link TargetKind#MISSING}
     * @param fiscalYear the year of the sheet, used for deadlines that print no year
     * @param level2 the row's level-2 indicator (二级指标, e.g. 成本指标), {@code null} when unknown
     * @param level3 the row's level-3 indicator (三级指标), {@code null} when unknown
     * @return the reading, never {@code null}; its {@code text} is the input unchanged
     */
    public Target parse(String text, int fiscalYear, String level2, String level3) {
        if (text == null) {
            return Target.missing();
        }
        try {
            return read(text, fiscalYear, CostIndicators.counts(level2, level3), true);
        }
        catch (RuntimeException | StackOverflowError ex) {
            // A reader bug must not lose the text: keep it for a person, as with any unreadable value.
            return Target.unparsed(text, List.of("could not be read (" + ex.getClass().getSimpleName() + ")"));
        }
    }

    private Target read(String text, int fiscalYear, boolean costIndicator, boolean allowCompound) {
        NormalisedText normalised = this.normaliser.normalise(text);
        String s = normalised.value();
        if (BLANKS.contains(s)) {
            return Target.missing(text);
        }
        if (s.length() > LONGEST_READABLE) {
            return Target.unparsed(text, List.of("longer than " + LONGEST_READABLE + " characters; not a target value"));
        }
        Target target = this.recurrences.read(text, s, fiscalYear);
        if (target == null) {
            target = this.deadlines.read(text, s, fiscalYear);
        }
        if (target == null) {
            target = this.ranges.read(text, s, costIndicator);
        }
        if (target == null) {
            target = this.measures.read(text, s, costIndicator);
        }
        if (target == null && QualitativeVocabulary.namesStandard(s)) {
            target = qualitative(text);
        }
        if (target == null && allowCompound) {
            target = new CompoundReader(value -> read(value, fiscalYear, costIndicator, false)).read(text, normalised);
        }
        if (target == null && QualitativeVocabulary.matches(s)) {
            target = qualitative(text);
        }
        if (target == null) {
            return Target.unparsed(text);
        }
        return withNormalisingNotes(target, normalised);
    }

    private static Target qualitative(String text) {
        return new Target(text, TargetKind.QUALITATIVE, null, null, null, null, null, null, false, List.of(), null,
                List.of(), null);
    }

    /** What the normaliser guessed (≫ for ≥ ...) belongs to the reading, and makes it suspect. */
    private static Target withNormalisingNotes(Target target, NormalisedText normalised) {
        if (normalised.notes().isEmpty() || target.kind() == TargetKind.UNPARSED
                || target.kind() == TargetKind.COMPOUND) {
            // A compound already carries its parts' notes, which were normalised part by part.
            return target;
        }
        List<String> notes = new ArrayList<>(normalised.notes());
        notes.addAll(target.readingNotes());
        return new Target(target.text(), target.kind(), target.comparator(), target.value(), target.unit(),
                target.perUnit(), target.direction(), target.due(), target.suspect() || normalised.suspect(), notes,
                target.range(), target.parts(), target.recurrence());
    }

}
