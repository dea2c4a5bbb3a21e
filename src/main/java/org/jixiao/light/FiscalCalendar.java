package org.jixiao.light;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;

/**
 * How much of a fiscal year (a calendar year in China) has passed on a given day.
 */
final class FiscalCalendar {

    private FiscalCalendar() {
    }

    /**
     * The months of the fiscal year elapsed on {@code asOf}, counting the current month: 0 before the year, 6 in
     * June, 12 after the year.
     */
    static int monthsElapsed(LocalDate asOf, int fiscalYear) {
        if (asOf.getYear() < fiscalYear) {
            return 0;
        }
        return (asOf.getYear() > fiscalYear) ? 12 : asOf.getMonthValue();
    }

    /**
     * The elapsed share of the fiscal year (序时进度), counting {@code asOf} itself, to four decimals: 0 before the
     * year, 1 on December 31 and after.
     */
    static BigDecimal timeProgress(LocalDate asOf, int fiscalYear) {
        LocalDate first = LocalDate.of(fiscalYear, 1, 1);
        int daysInYear = Year.of(fiscalYear).length();
        long elapsed = Math.clamp(ChronoUnit.DAYS.between(first, asOf) + 1, 0, daysInYear);
        return BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(daysInYear), 4, RoundingMode.HALF_UP);
    }

}
