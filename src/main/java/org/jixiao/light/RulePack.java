package org.jixiao.light;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

import org.jixiao.indicator.grammar.BeforeMonthReading;

/**
 * The thresholds of in-year monitoring (domain §5), kept together because jurisdictions change them together.
 * <p>
 * Lights on budget execution use {@code executionRed}/{@code executionGreen} on execution ÷ time progress × 100;
 * lights on cumulative indicators use {@code indicatorRed}/{@code indicatorGreen}/{@code indicatorBlue} on the
 * actual as a percentage of the pro-rata target. A value below a threshold falls in the band beneath it.
 *
 * @param name what the pack is called ({@code central}, a province ...)
 * @param reminderDays days before a due date on which reminders go out; kept largest first
 * @param executionRed below this, budget execution is red
 * @param executionGreen at or above this, budget execution is green (yellow in between)
 * @param indicatorRed below this share of plan (percent), a cumulative indicator is red
 * @param indicatorGreen at or above this share of plan, green (yellow in between)
 * @param indicatorBlue at or above this share of plan, blue: perhaps the target was set too low
 * @param beforeMonthReading how {@code N月前} is read; {@code null} means the default, previous month end
 */
public record RulePack(String name, List<Integer> reminderDays, BigDecimal executionRed, BigDecimal executionGreen,
        BigDecimal indicatorRed, BigDecimal indicatorGreen, BigDecimal indicatorBlue,
        BeforeMonthReading beforeMonthReading) {

    public RulePack {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a rule pack needs a name");
        }
        reminderDays = checkedReminderDays(reminderDays);
        requireNotNegative("executionRed", executionRed);
        requireNotNegative("executionGreen", executionGreen);
        requireNotNegative("indicatorRed", indicatorRed);
        requireNotNegative("indicatorGreen", indicatorGreen);
        requireNotNegative("indicatorBlue", indicatorBlue);
        requireAscending("executionRed", executionRed, "executionGreen", executionGreen);
        requireAscending("indicatorRed", indicatorRed, "indicatorGreen", indicatorGreen);
        requireAscending("indicatorGreen", indicatorGreen, "indicatorBlue", indicatorBlue);
        // Same default as the target grammar, so an unset property means the same thing everywhere.
        beforeMonthReading = (beforeMonthReading != null) ? beforeMonthReading : BeforeMonthReading.PREVIOUS_MONTH_END;
    }

    /** The central defaults of domain §5. */
    public static RulePack central() {
        return new RulePack("central", List.of(30, 7, 3, 1), BigDecimal.valueOf(60), BigDecimal.valueOf(80),
                BigDecimal.valueOf(60), BigDecimal.valueOf(80), BigDecimal.valueOf(120),
                BeforeMonthReading.PREVIOUS_MONTH_END);
    }

    /** How many days before its due date a milestone counts as due soon: the earliest reminder. */
    public int dueSoonDays() {
        return this.reminderDays.getFirst();
    }

    private static List<Integer> checkedReminderDays(List<Integer> days) {
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("reminderDays must name at least one day, e.g. [30, 7, 3, 1]");
        }
        List<Integer> sorted = new ArrayList<>();
        for (Integer day : days) {
            if (day == null || day <= 0) {
                throw new IllegalArgumentException("reminderDays must be positive numbers of days, but "
                        + days + " contains " + day);
            }
            sorted.add(day);
        }
        if (new HashSet<>(sorted).size() != sorted.size()) {
            throw new IllegalArgumentException("reminderDays must not repeat a day, but got " + days);
        }
        sorted.sort(Comparator.reverseOrder());
        return List.copyOf(sorted);
    }

    private static void requireNotNegative(String name, BigDecimal value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative, but is " + value.toPlainString());
        }
    }

    private static void requireAscending(String lowerName, BigDecimal lower, String upperName, BigDecimal upper) {
        if (lower.compareTo(upper) >= 0) {
            throw new IllegalArgumentException(lowerName + " (" + lower.toPlainString() + ") must be below "
                    + upperName + " (" + upper.toPlainString() + ")");
        }
    }

}
