package org.jixiao.light;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

import org.jixiao.measurement.UnitFormatter;
import org.jixiao.system.Decimals;
import org.jixiao.system.text.Message;

/**
 * The light on budget execution (domain §5): execution (paid ÷ annual budget) ÷ time progress × 100, red below the
 * pack's red line, green from its green line, yellow between.
 */
public final class BudgetLights {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private BudgetLights() {
    }

    /**
     * Budget execution on {@code asOf}.
     * @param paid the payments recorded for the fiscal year, in yuan; {@code null} counts as nothing paid
     * @param annualBudget the year's funds (年度资金总额), in yuan; {@code null} or zero means no budget to judge
     * @param asOf the day to judge on; counts as elapsed
     * @param fiscalYear the year of the budget
     * @param pack the thresholds
     */
    public static BudgetExecution evaluate(BigDecimal paid, BigDecimal annualBudget, LocalDate asOf, int fiscalYear,
            RulePack pack) {
        Objects.requireNonNull(asOf, "asOf is required");
        Objects.requireNonNull(pack, "pack is required");
        BigDecimal timeProgress = FiscalCalendar.timeProgress(asOf, fiscalYear);
        if (annualBudget == null || annualBudget.signum() <= 0) {
            return new BudgetExecution(null, timeProgress, Light.NONE,
                    Message.of("light.budget.no-budget", fiscalYear));
        }
        BigDecimal paidSoFar = (paid != null) ? paid : BigDecimal.ZERO;
        BigDecimal execution = paidSoFar.divide(annualBudget, 4, RoundingMode.HALF_UP);
        Message executionWords = Message.of("light.budget.execution", percent(execution),
                UnitFormatter.budget(paidSoFar), UnitFormatter.budget(annualBudget));
        if (timeProgress.signum() == 0) {
            return new BudgetExecution(execution, timeProgress, Light.NONE,
                    Message.of("light.budget.not-started", executionWords, fiscalYear, asOf));
        }
        // Judged on the rounded figures the reason shows, so a person re-reading it gets the same light.
        BigDecimal pace = execution.multiply(HUNDRED).divide(timeProgress, 2, RoundingMode.HALF_UP);
        Light light = light(pace, pack);
        return new BudgetExecution(execution, timeProgress, light, Message.of("light.budget.pace", executionWords,
                percent(timeProgress), UnitFormatter.percent(pace), bandWords(light, pack)));
    }

    private static Light light(BigDecimal pace, RulePack pack) {
        if (pace.compareTo(pack.executionRed()) < 0) {
            return Light.RED;
        }
        return (pace.compareTo(pack.executionGreen()) < 0) ? Light.YELLOW : Light.GREEN;
    }

    private static Message bandWords(Light light, RulePack pack) {
        String red = Decimals.plain(pack.executionRed()).toPlainString();
        String green = Decimals.plain(pack.executionGreen()).toPlainString();
        return switch (light) {
            case RED -> Message.of("light.band.pace.red", red);
            case YELLOW -> Message.of("light.band.pace.yellow", red, green);
            default -> Message.of("light.band.pace.green", green);
        };
    }

    /** A four-decimal share as a percent: {@code 0.4959} → {@code 49.59%}. */
    private static Message percent(BigDecimal share) {
        return UnitFormatter.percent(share.multiply(HUNDRED));
    }

}
