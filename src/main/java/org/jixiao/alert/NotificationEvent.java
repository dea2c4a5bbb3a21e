package org.jixiao.alert;

/** Why a message goes out: an alert started (or started again), a reminder on its cadence, or its cause cleared. */
public enum NotificationEvent {
    FIRING,
    REMINDER,
    RESOLVED
}
