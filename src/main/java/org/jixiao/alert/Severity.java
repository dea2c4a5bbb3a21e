package org.jixiao.alert;

/** How urgent an alert is; subscriptions ask for a minimum, and quiet hours let only {@link #CRITICAL} through. */
public enum Severity {
    INFO,
    WARNING,
    CRITICAL
}
