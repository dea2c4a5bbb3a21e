package org.jixiao.alert;

/** What an alert is about (domain §8); the names are part of the API and of subscriptions. */
public enum AlertKind {
    MILESTONE_DUE_SOON,
    MILESTONE_OVERDUE,
    INDICATOR_OFF_TARGET,
    BUDGET_EXECUTION_LAG,
    MEASUREMENT_MISSING,
    TARGET_UNREADABLE,
    /** A report not yet handed in whose round is due within the due-soon window. */
    REPORT_DUE_SOON,
    /** A report not handed in by its round's due date. */
    REPORT_OVERDUE,
    /** A report sent back to its owner. */
    REPORT_RETURNED,
    /** A report accepted: news for its owner, which stands for a few days (see {@code AlertConditions}). */
    REPORT_APPROVED;

    /**
     * Whether the alert tells of something coming or done rather than of something wrong: a deadline ahead, an
     * approval. Such an alert ends without a "resolved" message (the deadline was met or passed, and then the overdue
     * alert speaks; the news grew old), and its messages read as reminders, not warnings.
     */
    public boolean isNotice() {
        return switch (this) {
            case MILESTONE_DUE_SOON, REPORT_DUE_SOON, REPORT_APPROVED -> true;
            case MILESTONE_OVERDUE, INDICATOR_OFF_TARGET, BUDGET_EXECUTION_LAG, MEASUREMENT_MISSING, TARGET_UNREADABLE,
                    REPORT_OVERDUE, REPORT_RETURNED -> false;
        };
    }
}
