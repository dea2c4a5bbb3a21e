package org.jixiao.light;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.jixiao.indicator.grammar.ComparisonOperator;
import org.jixiao.indicator.grammar.Target;
import org.jixiao.measurement.UnitFormatter;
import org.jixiao.system.Decimals;
import org.jixiao.system.text.Message;

/**
 * A cumulative higher-is-better target (≥7676个, 293台, ≥100万元) against its pro-rata share: target × m/12, m the
 * months of the fiscal year elapsed, counting the current one. The share of plan falls into the pack's bands: red,
 * yellow, green, or blue (ahead of plan: the target may have been set too low).
 */
final class ProRata {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    private ProRata() {
    }

    static Verdict evaluate(Target target, BigDecimal actual, LocalDate asOf, int fiscalYear, RulePack pack) {
        int months = FiscalCalendar.monthsElapsed(asOf, fiscalYear);
        if (months == 0) {
            return new Verdict(Light.NONE, Message.of("light.pro-rata.not-started", fiscalYear, asOf,
                    IndicatorLights.quoted(target)));
        }
        if (target.value().signum() <= 0) {
            // No share of nothing: a zero target (0起) is a ceiling, as in scoring (A = 0: B ≤ 0 earns the points).
            ComparisonOperator operator = (target.comparator() == ComparisonOperator.EQ) ? ComparisonOperator.LE
                    : target.comparator();
            return DirectComparison.evaluate(target, actual, operator);
        }
        BigDecimal share = target.value().multiply(BigDecimal.valueOf(months)).divide(MONTHS, 4, RoundingMode.HALF_UP);
        // Judged on the figure the reason shows, so a person re-reading it gets the same light.
        BigDecimal percentOfPlan = Decimals.plain(actual.multiply(BigDecimal.valueOf(1200))
                .divide(target.value().multiply(BigDecimal.valueOf(months)), 2, RoundingMode.HALF_UP));
        Light light = band(percentOfPlan, pack);
        return new Verdict(light, Message.of("light.pro-rata", UnitFormatter.value(actual, target),
                UnitFormatter.value(share, target), IndicatorLights.quoted(target), months,
                UnitFormatter.percent(percentOfPlan), bandWords(light, pack)));
    }

    private static Light band(BigDecimal percentOfPlan, RulePack pack) {
        if (percentOfPlan.compareTo(pack.indicatorRed()) < 0) {
            return Light.RED;
        }
        if (percentOfPlan.compareTo(pack.indicatorGreen()) < 0) {
            return Light.YELLOW;
        }
        return (percentOfPlan.compareTo(pack.indicatorBlue()) < 0) ? Light.GREEN : Light.BLUE;
    }

    private static Message bandWords(Light light, RulePack pack) {
        Message red = UnitFormatter.percent(pack.indicatorRed());
        Message green = UnitFormatter.percent(pack.indicatorGreen());
        Message blue = UnitFormatter.percent(pack.indicatorBlue());
        return switch (light) {
            case RED -> Message.of("light.band.plan.red", red);
            case YELLOW -> Message.of("light.band.plan.yellow", red, green);
            case GREEN -> Message.of("light.band.plan.green", green, blue);
            case BLUE, NONE -> Message.of("light.band.plan.blue", blue);
        };
    }

}
