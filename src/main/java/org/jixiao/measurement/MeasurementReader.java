package org.jixiao.measurement;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jixiao.indicator.grammar.BeforeMonthReading;
import org.jixiao.indicator.grammar.ComparisonOperator;
import org.jixiao.indicator.grammar.Target;
import org.jixiao.indicator.grammar.TargetKind;
import org.jixiao.indicator.grammar.TargetParser;
import org.jixiao.system.text.Message;

/**
 * Reads a measured value (实际完成值) as entered ({@code 96.5%}, {@code 72万元}, {@code 30分钟}, {@code 96.5}) into
 * its target's terms, with the target grammar itself, and refuses what does not fit the target. A bare number is
 * taken in the target's own terms (yuan for money).
 */
public final class MeasurementReader {

    // N月前 never matters here: a date is refused whichever way it reads.
    private static final TargetParser PARSER = new TargetParser(BeforeMonthReading.PREVIOUS_MONTH_END);

    // Read as in a cost row when the target is money: 72万 against ≤70.6万元 is 720000 yuan, as 70.6万 was.
    private static final String COST_LEVEL2 = "成本指标";

    // The grammar does not read negative numbers, so they are caught before it, to say so plainly.
    private static final Pattern NEGATIVE = Pattern.compile("^\\s*[-−－]\\s*[0-9０-９.]");

    private MeasurementReader() {
    }

    /**
     * Reads a value as entered.
     * @param text the value with or without a unit ({@code 96.5%}, {@code 72万元}, {@code 96.5})
     * @param target the target it is measured against
     * @param fiscalYear the year of the sheet
     * @throws MeasurementException when the text is no value, or does not fit the target
     */
    public static MeasuredValue read(String text, Target target, int fiscalYear) {
        requireMeasurable(target);
        if (text == null || text.isBlank()) {
            throw new MeasurementException(Message.of("measurement.no-value", quoted(target)));
        }
        if (NEGATIVE.matcher(text).find()) {
            throw new MeasurementException(Message.of("measurement.negative-text", text));
        }
        Target read = PARSER.parse(text, fiscalYear,
                MeasureUnits.ofTarget(target) == MeasureUnits.Family.MONEY ? COST_LEVEL2 : null, null);
        if (!isNumberWithUnit(read.kind())) {
            throw new MeasurementException(Message.of("measurement.not-a-number", text, quoted(target),
                    MeasureUnits.ofTarget(target).words()));
        }
        if (read.comparator() != ComparisonOperator.EQ) {
            throw new MeasurementException(Message.of("measurement.has-comparison", text, "≥, ≤, 以上", "内"));
        }
        if (read.kind() == TargetKind.QUANTITY && read.unit() == null) {
            return read(read.value(), target);
        }
        return inTargetTerms(text, read, target);
    }

    /**
     * Takes a bare number in the target's own terms: yuan for money, percent points for a percent, the target's
     * unit otherwise.
     * @throws MeasurementException when the number is missing or negative, or the target takes no measurement
     */
    public static MeasuredValue read(BigDecimal number, Target target) {
        requireMeasurable(target);
        if (number == null) {
            throw new MeasurementException(Message.of("measurement.no-value", quoted(target)));
        }
        if (number.signum() < 0) {
            throw negative(number.toPlainString());
        }
        return new MeasuredValue(number, MeasureUnits.measuredUnit(target));
    }

    private static MeasuredValue inTargetTerms(String text, Target read, Target target) {
        MeasureUnits.Family expected = MeasureUnits.ofTarget(target);
        MeasureUnits.Family given = MeasureUnits.ofUnit(read.unit());
        String targetUnit = MeasureUnits.measuredUnit(target);
        if (given != expected) {
            throw new MeasurementException(Message.of("measurement.other-family", text, given.words(), quoted(target),
                    expected.words()));
        }
        return switch (given) {
            case PERCENT -> new MeasuredValue(read.value(), targetUnit);
            case MONEY -> money(text, read, target, targetUnit);
            case DURATION -> duration(text, read, target, targetUnit);
            case QUANTITY -> quantity(text, read, target, targetUnit);
        };
    }

    private static MeasuredValue money(String text, Target read, Target target, String targetUnit) {
        String wanted = MeasureUnits.perUnit(targetUnit);
        String given = read.perUnit();
        // An amount without "/台" against a per-台 target is taken as per 台: that is how people type it.
        if (given != null && !given.equals(wanted)) {
            throw new MeasurementException((wanted != null)
                    ? Message.of("measurement.other-per-unit", text, given, quoted(target), wanted)
                    : Message.of("measurement.per-unit-against-total", text, given, quoted(target)));
        }
        return new MeasuredValue(read.value(), targetUnit);
    }

    private static MeasuredValue duration(String text, Target read, Target target, String targetUnit) {
        if (!MeasureUnits.convertible(read.unit(), targetUnit)) {
            throw new MeasurementException(Message.of("measurement.not-convertible", text, targetUnit,
                    quoted(target), "分钟", "小时", "天/日"));
        }
        return new MeasuredValue(MeasureUnits.convert(read.value(), read.unit(), targetUnit), targetUnit);
    }

    private static MeasuredValue quantity(String text, Target read, Target target, String targetUnit) {
        // A target printed without a unit (≥3) has nothing to check the unit against.
        if (targetUnit != null && !targetUnit.equals(read.unit())) {
            throw new MeasurementException(Message.of("measurement.other-unit", text, read.unit(), quoted(target),
                    targetUnit));
        }
        return new MeasuredValue(read.value(), targetUnit);
    }

    private static void requireMeasurable(Target target) {
        Objects.requireNonNull(target, "target is required");
        Object printed = quoted(target);
        Message why = switch (target.kind()) {
            case QUANTITY, PERCENT, MONEY, DURATION, RANGE -> null;
            case DEADLINE -> Message.of("measurement.target-deadline", printed);
            case RECURRING -> Message.of("measurement.target-recurring", printed);
            case QUALITATIVE -> Message.of("measurement.target-qualitative", printed);
            case COMPOUND -> Message.of("measurement.target-compound", target.parts().size(), printed);
            case MISSING -> Message.of("measurement.target-missing");
            case UNPARSED -> Message.of("measurement.target-unparsed", printed);
        };
        if (why != null) {
            throw new MeasurementException(why);
        }
    }

    private static boolean isNumberWithUnit(TargetKind kind) {
        return kind == TargetKind.QUANTITY || kind == TargetKind.PERCENT || kind == TargetKind.MONEY
                || kind == TargetKind.DURATION;
    }

    private static MeasurementException negative(String given) {
        return new MeasurementException(Message.of("measurement.negative", given));
    }

    /** The target as printed, or a word for a blank cell. */
    private static Object quoted(Target target) {
        return target.text() != null ? target.text() : Message.of("light.target-blank");
    }

}
