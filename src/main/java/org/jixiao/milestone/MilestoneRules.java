package org.jixiao.milestone;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The state of a milestone on a given day. Days are calendar days; working-day
 * rules are a separate concern.
 */
public final class MilestoneRules {

    private MilestoneRules() {
    }

    /**
     * The state of a milestone on {@code today}.
     * @param due the last day that still counts as on time
     * @param completedOn when it was met, or {@code null} while it is open
     * @param waived whether a person released it
     * @param today the day to judge on (from the service's clock)
     * @param dueSoon the due-soon window: from this many days before the due date on, a milestone is due soon
     */
    public static MilestoneState state(LocalDate due, LocalDate completedOn, boolean waived, LocalDate today,
            DueSoonWindow dueSoon) {
        Objects.requireNonNull(due, "due is required");
        Objects.requireNonNull(today, "today is required");
        Objects.requireNonNull(dueSoon, "dueSoon is required");
        if (waived) {
            return MilestoneState.WAIVED;
        }
        if (completedOn != null) {
            // Met is met; whether it was late is a separate question (onTime), asked by lights and scoring.
            return MilestoneState.MET;
        }
        if (today.isAfter(due)) {
            return MilestoneState.OVERDUE;
        }
        return (daysLeft(due, today) <= dueSoon.days()) ? MilestoneState.DUE_SOON : MilestoneState.UPCOMING;
    }

    /** Whether a milestone was completed on or before its due date; {@code false} while it is open. */
    public static boolean onTime(LocalDate due, LocalDate completedOn) {
        Objects.requireNonNull(due, "due is required");
        return completedOn != null && !completedOn.isAfter(due);
    }

    private static long daysLeft(LocalDate due, LocalDate today) {
        return ChronoUnit.DAYS.between(today, due);
    }

}
