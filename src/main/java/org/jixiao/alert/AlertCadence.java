package org.jixiao.alert;

import java.time.LocalDate;
import java.util.List;

/**
 * When an alert deserves another message, and how severe it is (domain §5 and §8). Plain rules, no clock of their
 * own: the caller says what day it is.
 * <p>
 * Each alert climbs a ladder of steps; a message goes out whenever it reaches a step it has not reached before, so a
 * check that runs every quarter hour still sends one message per step. Due soon: one step per reminder day reached
 * (30, 7, 3, 1 days before). Overdue: one step per day for the first {@code dailyForDays} days, then one per
 * {@code repeatEveryDays}. Other kinds: a single step, the moment they fire. A report is due by its round's due date
 * as a milestone is by its own, and follows the same ladders.
 *
 * @param reminderDays days before a due date on which reminders go out, largest first
 * @param dailyForDays overdue alerts repeat daily for this many days
 * @param repeatEveryDays then every this many days
 * @param criticalAfterDays a milestone (or report) more than this many days late is critical
 */
public record AlertCadence(List<Integer> reminderDays, int dailyForDays, int repeatEveryDays,
        int criticalAfterDays) {

    /** Budget execution that still lags in the last quarter is critical: unspent money lapses at year end. */
    static final int LAST_QUARTER_MONTH = 10;

    public AlertCadence {
        reminderDays = List.copyOf(reminderDays);
        if (dailyForDays < 0 || repeatEveryDays < 1 || criticalAfterDays < 0) {
            throw new IllegalArgumentException("overdue repeats need dailyForDays ≥ 0, repeatEveryDays ≥ 1 and "
                    + "criticalAfterDays ≥ 0, got " + dailyForDays + ", " + repeatEveryDays + ", "
                    + criticalAfterDays);
        }
    }

    /**
     * The step an alert has reached.
     *
     * @param days days left before the due date (due soon) or days late (overdue); ignored for other kinds
     */
    public int step(AlertKind kind, int days) {
        return switch (kind) {
            case MILESTONE_DUE_SOON, REPORT_DUE_SOON -> (int) reminderDays.stream().filter(day -> days <= day)
                    .count();
            case MILESTONE_OVERDUE, REPORT_OVERDUE -> days <= dailyForDays ? Math.max(days, 1)
                    : dailyForDays + (days - dailyForDays) / repeatEveryDays;
            case INDICATOR_OFF_TARGET, BUDGET_EXECUTION_LAG, MEASUREMENT_MISSING, TARGET_UNREADABLE, REPORT_RETURNED,
                    REPORT_APPROVED -> 1;
        };
    }

    public Severity severity(AlertKind kind, int days, LocalDate today) {
        return switch (kind) {
            case MILESTONE_DUE_SOON, REPORT_DUE_SOON -> days <= 3 ? Severity.WARNING : Severity.INFO;
            case MILESTONE_OVERDUE, REPORT_OVERDUE -> days > criticalAfterDays ? Severity.CRITICAL : Severity.WARNING;
            case INDICATOR_OFF_TARGET, REPORT_RETURNED -> Severity.WARNING;
            case BUDGET_EXECUTION_LAG -> today.getMonthValue() >= LAST_QUARTER_MONTH ? Severity.CRITICAL
                    : Severity.WARNING;
            case MEASUREMENT_MISSING, TARGET_UNREADABLE, REPORT_APPROVED -> Severity.INFO;
        };
    }

    /**
     * A due-soon alert ends when the milestone is met (the report handed in) or falls overdue, and an approval stops
     * being news: none of these notices needs a "resolved" message ({@link AlertKind#isNotice}).
     */
    public boolean announcesResolution(AlertKind kind) {
        return !kind.isNotice();
    }
}
