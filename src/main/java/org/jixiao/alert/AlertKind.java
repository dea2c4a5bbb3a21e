package org.jixiao.alert;

/** What an alert is about (domain §8); the names are part of the API and of subscriptions. */
public enum AlertKind {
    MILESTONE_DUE_SOON,
    MILESTONE_OVERDUE,
    INDICATOR_OFF_TARGET,
    BUDGET_EXECUTION_LAG,
    MEASUREMENT_MISSING,
    TARGET_UNREADABLE
}
