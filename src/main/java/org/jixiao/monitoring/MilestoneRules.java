package org.jixiao.monitoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The state of a milestone on a given day, and which reminders it has reached. Days are calendar days; working-day
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
     * @param pack the rules; its largest reminder day is the due-soon window
     */
    public static MilestoneState state(LocalDate due, LocalDate completedOn, boolean waived, LocalDate today,
            RulePack pack) {
        Objects.requireNonNull(due, "due is required");
        Objects.requireNonNull(today, "today is required");
        Objects.requireNonNull(pack, "pack is required");
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
        return (daysLeft(due, today) <= pack.dueSoonDays()) ? MilestoneState.DUE_SOON : MilestoneState.UPCOMING;
    }

    /** Whether a milestone was completed on or before its due date; {@code false} while it is open. */
    public static boolean onTime(LocalDate due, LocalDate completedOn) {
        Objects.requireNonNull(due, "due is required");
        return completedOn != null && !completedOn.isAfter(due);
    }

    /**
     * The reminder days already reached on {@code today}, largest first: with reminders 30, 7, 3, 1 and the due date
     * six days away, {@code [30, 7]}. On and after the due date every reminder has been reached; overdue alerts are
     * a separate schedule.
     */
    public static List<Integer> remindersDue(LocalDate due, LocalDate today, RulePack pack) {
        Objects.requireNonNull(due, "due is required");
        Objects.requireNonNull(today, "today is required");
        Objects.requireNonNull(pack, "pack is required");
        long left = daysLeft(due, today);
        return pack.reminderDays().stream().filter(day -> left <= day).toList();
    }

    private static long daysLeft(LocalDate due, LocalDate today) {
        return ChronoUnit.DAYS.between(today, due);
    }

}
