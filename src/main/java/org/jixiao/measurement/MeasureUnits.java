package org.jixiao.measurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jixiao.indicator.grammar.Range;
import org.jixiao.indicator.grammar.Target;
import org.jixiao.indicator.grammar.TargetKind;
import org.jixiao.system.Decimals;
import org.jixiao.system.text.Message;

/**
 * What family a target's unit belongs to, the unit a measured value is held in (money always in yuan), and which
 * time units convert into one another. The grammar's own unit catalogue is internal to it, so the few facts
 * monitoring needs are restated here.
 */
public final class MeasureUnits {

    /** The family of a unit: it decides whether a measured value fits a target. */
    enum Family {

        PERCENT, MONEY, DURATION, QUANTITY;

        /** What the family is, in words: "a percent", "money", "a length of time", "a count". */
        Message words() {
            return Message.of("measurement.family." + name().toLowerCase(Locale.ROOT));
        }

    }

    public static final String YUAN = "元";

    private static final Set<String> MONEY_UNITS = Set.of("元", "千元", "万元", "亿元");

    private static final Set<String> DURATION_UNITS = Set.of("年", "个月", "周", "个周", "星期", "个星期", "天", "日",
            "个工作日", "工作日", "自然日", "个自然日", "小时", "个小时", "分钟", "秒", "秒钟");

    // Minutes per unit, for the time units that convert exactly; years, months and working days do not.
    private static final Map<String, BigDecimal> MINUTES = Map.of("分钟", BigDecimal.ONE, "小时", BigDecimal.valueOf(60),
            "个小时", BigDecimal.valueOf(60), "天", BigDecimal.valueOf(1440), "日", BigDecimal.valueOf(1440),
            "自然日", BigDecimal.valueOf(1440), "个自然日", BigDecimal.valueOf(1440));

    // Spellings of the same unit that do not convert to minutes.
    private static final Map<String, String> SAME_UNIT = Map.of("个工作日", "工作日", "个周", "周", "星期", "周", "个星期", "周",
            "秒钟", "秒");

    private MeasureUnits() {
    }

    /** The family of a unit as printed ({@code null}: a count without a unit). */
    public static Family ofUnit(String unit) {
        if (unit == null) {
            return Family.QUANTITY;
        }
        if (unit.equals("%")) {
            return Family.PERCENT;
        }
        if (MONEY_UNITS.contains(amountPart(unit))) {
            return Family.MONEY;
        }
        return DURATION_UNITS.contains(unit) ? Family.DURATION : Family.QUANTITY;
    }

    /** The family of a measured target; a range takes the family of its bounds. */
    public static Family ofTarget(Target target) {
        return switch (target.kind()) {
            case PERCENT -> Family.PERCENT;
            case MONEY -> Family.MONEY;
            case DURATION -> Family.DURATION;
            case RANGE -> ofUnit(rangeUnit(target));
            default -> Family.QUANTITY;
        };
    }

    /** The unit a measured value against this target is held in: money in yuan ({@code 元}, {@code 元/台}). */
    public static String measuredUnit(Target target) {
        String unit = rangeAwareUnit(target);
        if (ofUnit(unit) == Family.MONEY) {
            int slash = unit.indexOf('/');
            return (slash < 0) ? YUAN : YUAN + unit.substring(slash);
        }
        return unit;
    }

    /** Whether two time units are the same unit spelt differently, or convert through minutes. */
    public static boolean convertible(String from, String to) {
        return canonical(from).equals(canonical(to)) || (MINUTES.containsKey(from) && MINUTES.containsKey(to));
    }

    /** A length of time in {@code from} units expressed in {@code to} units; only for convertible units. */
    public static BigDecimal convert(BigDecimal value, String from, String to) {
        if (canonical(from).equals(canonical(to))) {
            return value;
        }
        BigDecimal minutes = value.multiply(MINUTES.get(from));
        // 20 minutes is 0.3333 hours: four decimals are finer than any response-time target is printed.
        return Decimals.plain(minutes.divide(MINUTES.get(to), 4, RoundingMode.HALF_UP));
    }

    /** The per-unit part of a money unit ({@code 台} in {@code 元/台}), else {@code null}. */
    public static String perUnit(String unit) {
        int slash = (unit != null) ? unit.indexOf('/') : -1;
        return (slash < 0) ? null : unit.substring(slash + 1);
    }

    private static String canonical(String unit) {
        if (MINUTES.containsKey(unit)) {
            return MINUTES.get(unit).toPlainString() + " minutes";
        }
        return SAME_UNIT.getOrDefault(unit, unit);
    }

    /** The amount part of a money unit: {@code 万元} in {@code 万元/年}. */
    static String amountPart(String unit) {
        int slash = unit.indexOf('/');
        return (slash < 0) ? unit : unit.substring(0, slash);
    }

    /** The unit a target is printed in; for a range, the unit of its bounds. */
    static String rangeAwareUnit(Target target) {
        return (target.kind() == TargetKind.RANGE) ? rangeUnit(target) : target.unit();
    }

    private static String rangeUnit(Target target) {
        if (target.unit() != null) {
            return target.unit();
        }
        Range range = target.range();
        if (range == null) {
            return null;
        }
        if (range.lower() != null && range.lower().unit() != null) {
            return range.lower().unit();
        }
        return (range.upper() != null) ? range.upper().unit() : null;
    }

}
