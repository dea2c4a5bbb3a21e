package org.jixiao.measurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jixiao.indicator.grammar.Range;
import org.jixiao.indicator.grammar.Target;
import org.jixiao.system.Decimals;
import org.jixiao.system.text.Message;

/**
 * A value shown in the unit its target is printed in, so that a reader compares like with like: 720000 yuan against
 * {@code ≤70.6万元} is {@code 72万元}, 93 against {@code ≥95%} is {@code 93%}, 3.5 against {@code 4小时内} is
 * {@code 3.5小时}. The answer is a {@link Message} ({@code unit.<unit>} with the number), so the unit's words follow
 * the reader's language ({@code 72 × 10,000 yuan} in English).
 * <p>
 * Rounding: two decimals (four in 亿元, where one hundredth is a million yuan), trailing zeros dropped; but never onto
 * the other side of, or onto, a bound of the target: 706000.01 yuan against {@code ≤70.6万元} is {@code 70.600001万元},
 * not a {@code 70.6万元} that failed.
 */
public final class UnitFormatter {

    private static final Map<String, Integer> YUAN_EXPONENT = Map.of("元", 0, "千元", 3, "万元", 4, "亿元", 8);

    private static final int DECIMALS = 2;

    private UnitFormatter() {
    }

    /**
     * A measured value in the target's terms (money in yuan, percent in points, a duration in the target's unit)
     * shown in the target's printed unit.
     */
    public static Message value(BigDecimal value, Target target) {
        String unit = MeasureUnits.rangeAwareUnit(target);
        List<BigDecimal> bounds = bounds(target);
        if (unit != null && MeasureUnits.ofUnit(unit) == MeasureUnits.Family.MONEY) {
            String amountUnit = MeasureUnits.amountPart(unit);
            Message amount = Message.of("unit." + amountUnit,
                    shown(value, YUAN_EXPONENT.getOrDefault(amountUnit, 0), extraDecimals(amountUnit), bounds));
            String per = MeasureUnits.perUnit(unit);
            return (per == null) ? amount : Message.of("unit.per", amount, Message.of("per." + per));
        }
        return inUnit(shown(value, 0, 0, bounds), unit);
    }

    /**
     * An amount of a budget, exactly: in 万元 as Chinese budgets are printed (年度资金总额), 297540 is
     * {@code 29.754万元}; in yuan in English ({@code 297540 yuan}), where there is no printed target to match.
     */
    public static Message budget(BigDecimal yuan) {
        return Message.of("money.budget", Decimals.plain(yuan.movePointLeft(4)).toPlainString(),
                Decimals.plain(yuan).toPlainString());
    }

    /** A number of percent points with its sign: {@code 81.91%}. */
    public static Message percent(BigDecimal points) {
        return Message.of("unit.%", Decimals.plain(points).toPlainString());
    }

    /** A number followed by a unit as printed ({@code null}: the number alone). */
    public static Message inUnit(String number, String unit) {
        return (unit == null || unit.isBlank()) ? Message.of("number", number) : Message.of("unit." + unit, number);
    }

    /**
     * {@code value} ÷ 10^{@code exponent}, rounded to two (+ {@code extra}) decimals unless that would change how
     * it compares with a bound; then with as many decimals as it takes, up to the exact value.
     */
    static String shown(BigDecimal value, int exponent, int extra, List<BigDecimal> bounds) {
        BigDecimal exact = Decimals.plain(value.movePointLeft(exponent));
        for (int decimals = DECIMALS + extra; decimals < exact.scale(); decimals++) {
            BigDecimal rounded = exact.setScale(decimals, RoundingMode.HALF_UP);
            if (sameSides(value, rounded.movePointRight(exponent), bounds)) {
                return Decimals.plain(rounded).toPlainString();
            }
        }
        return exact.toPlainString();
    }

    private static int extraDecimals(String amountUnit) {
        return amountUnit.equals("亿元") ? 2 : 0;
    }

    private static boolean sameSides(BigDecimal value, BigDecimal rounded, List<BigDecimal> bounds) {
        for (BigDecimal bound : bounds) {
            if (value.compareTo(bound) != rounded.compareTo(bound)) {
                return false;
            }
        }
        return true;
    }

    /** The values a shown number must not be rounded across: the target's value, a range's bounds. */
    private static List<BigDecimal> bounds(Target target) {
        List<BigDecimal> bounds = new ArrayList<>();
        if (target.value() != null) {
            bounds.add(target.value());
        }
        Range range = target.range();
        if (range != null) {
            if (range.lower() != null && range.lower().value() != null) {
                bounds.add(range.lower().value());
            }
            if (range.upper() != null && range.upper().value() != null) {
                bounds.add(range.upper().value());
            }
        }
        return bounds;
    }
}
