package org.jixiao.round;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.jixiao.indicator.grammar.Target;
import org.jixiao.light.IndicatorLights;

/**
 * The prefilled 全年预计完成情况: a count or amount that builds up over the year is extrapolated pro rata from the
 * months the period covers (actual × 12 / months); a rate, level, limit or duration is projected at its latest
 * value; anything else (deadlines, qualitative, no actual yet) is left for a person (null).
 */
public final class Projection {


    private Projection() {
    }

    public static BigDecimal projected(Target target, BigDecimal actual, LocalDate periodTo, int fiscalYear) {
        if (target == null || actual == null) {
            return null;
        }
        return switch (target.kind()) {
            case QUANTITY, MONEY -> IndicatorLights.isCumulative(target) ? proRata(actual, periodTo, fiscalYear) : actual;
            case PERCENT, DURATION, RANGE -> actual;
            default -> null;
        };
    }

    /** Months of the fiscal year the period covers, 1 to 12. */
    static int months(LocalDate periodTo, int fiscalYear) {
        if (periodTo.getYear() < fiscalYear) {
            return 1;
        }
        return periodTo.getYear() > fiscalYear ? 12 : periodTo.getMonthValue();
    }

    private static BigDecimal proRata(BigDecimal actual, LocalDate periodTo, int fiscalYear) {
        return actual.multiply(BigDecimal.valueOf(12))
                .divide(BigDecimal.valueOf(months(periodTo, fiscalYear)), 2, RoundingMode.HALF_UP);
    }
}
