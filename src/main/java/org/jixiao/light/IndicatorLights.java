package org.jixiao.light;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import org.jixiao.indicator.grammar.ComparisonOperator;
import org.jixiao.indicator.grammar.Target;
import org.jixiao.indicator.grammar.TargetKind;
import org.jixiao.milestone.MilestoneState;
import org.jixiao.system.text.Message;

/**
 * The light of one indicator (domain §5): deadlines follow their milestone, rates are compared directly, cumulative
 * higher-is-better targets against their pro-rata share, lower-is-better targets and durations against the limit,
 * ranges against their bounds. Targets a number cannot judge (qualitative, recurring, compound, blank, unreadable)
 * get no light, with a reason.
 */
public final class IndicatorLights {

    // Levels, not running totals: a satisfaction score of 92分 in June is not 204% of a pro-rata 45分.
    private static final Set<String> LEVEL_UNITS = Set.of("分", "‰");

    private IndicatorLights() {
    }

    /**
     * The light of an indicator whose deadline milestone, if any, carries no completion date; a met deadline then
     * counts as met without saying whether on time. Prefer the overload with {@code completedOn} for deadlines.
     */
    public static Verdict evaluate(Target target, BigDecimal actual, LocalDate asOf, int fiscalYear,
            MilestoneState deadlineState, RulePack pack) {
        return evaluate(target, actual, asOf, fiscalYear, deadlineState, null, pack);
    }

    /**
     * The light of an indicator.
     * @param target the annual target as read by the grammar
     * @param actual the latest (cumulative) actual in the target's terms, money in yuan; {@code null} if none yet
     * @param asOf the day to judge on
     * @param fiscalYear the year of the sheet
     * @param deadlineState for a deadline target, the state of its milestone; else ignored
     * @param completedOn for a deadline target, when its milestone was met (decides on time or late); else ignored
     * @param pack the thresholds
     */
    public static Verdict evaluate(Target target, BigDecimal actual, LocalDate asOf, int fiscalYear,
            MilestoneState deadlineState, LocalDate completedOn, RulePack pack) {
        Objects.requireNonNull(target, "target is required");
        Objects.requireNonNull(pack, "pack is required");
        return switch (target.kind()) {
            case DEADLINE -> DeadlineLight.evaluate(target, deadlineState, completedOn);
            case QUALITATIVE -> none(Message.of("light.qualitative", quoted(target)));
            case MISSING -> none(Message.of("light.target-missing"));
            case UNPARSED -> none(Message.of("light.target-unparsed", quoted(target)));
            case COMPOUND -> none(Message.of("light.compound", target.parts().size(), quoted(target)));
            case RECURRING -> none(Message.of("light.recurring", quoted(target)));
            case QUANTITY, PERCENT, MONEY, DURATION, RANGE -> measured(target, actual, asOf, fiscalYear, pack);
        };
    }

    private static Verdict measured(Target target, BigDecimal actual, LocalDate asOf, int fiscalYear,
            RulePack pack) {
        if (actual == null) {
            return none(Message.of("light.no-measurement", quoted(target)));
        }
        if (target.kind() == TargetKind.RANGE) {
            return DirectComparison.withinRange(target, actual);
        }
        ComparisonOperator operator = target.comparator();
        if (operator == null || target.value() == null) {
            return none(Message.of("light.no-comparison", quoted(target)));
        }
        if (target.kind() == TargetKind.DURATION && operator == ComparisonOperator.EQ) {
            // A printed length of time (3个月) is a limit: taking less is fine, taking longer is not.
            return DirectComparison.evaluate(target, actual, ComparisonOperator.LE);
        }
        if (isCumulative(target)) {
            Objects.requireNonNull(asOf, "asOf is required to judge a cumulative target");
            return ProRata.evaluate(target, actual, asOf, fiscalYear, pack);
        }
        return DirectComparison.evaluate(target, actual, operator);
    }

    /**
     * Counts and amounts to reach build up over the year; rates, levels, limits and durations do not. Lights judge
     * a cumulative target pro rata, and a report projects its full-year value the same way.
     */
    public static boolean isCumulative(Target target) {
        ComparisonOperator operator = target.comparator();
        boolean toReach = operator == ComparisonOperator.GE || operator == ComparisonOperator.GT
                || operator == ComparisonOperator.EQ;
        boolean builds = switch (target.kind()) {
            case QUANTITY -> !LEVEL_UNITS.contains(target.unit());
            // A per-unit amount (≥6000元/台) is a rate, not a running total.
            case MONEY -> target.perUnit() == null;
            default -> false;
        };
        return toReach && builds;
    }

    private static Verdict none(Message reason) {
        return new Verdict(Light.NONE, reason);
    }

    /** The target as printed, for reasons: its text as it is, or a word for a blank cell. */
    static Object quoted(Target target) {
        return (target.text() != null) ? target.text() : Message.of("light.target-blank");
    }

}
