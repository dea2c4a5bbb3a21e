package org.jixiao.alert.delivery;

import java.util.Locale;

import org.jixiao.alert.AlertKind;
import org.jixiao.alert.NotificationEvent;
import org.jixiao.alert.Severity;
import org.jixiao.system.text.Messages;

/**
 * The words for kinds, severities and events in the two languages of messages, Chinese (default) and English, from
 * the message bundles ({@code alert.kind.*}, {@code alert.severity.*}, {@code alert.event.*}).
 */
public final class AlertLabels {

    private AlertLabels() {
    }

    /** English when the locale's language is {@code en}; Chinese otherwise. */
    public static boolean english(Locale locale) {
        return Messages.english(locale);
    }

    public static String kind(AlertKind kind, Locale locale) {
        return Messages.text("alert.kind." + kind.name(), locale);
    }

    public static String severity(Severity severity, Locale locale) {
        return Messages.text("alert.severity." + severity.name(), locale);
    }

    public static String event(NotificationEvent event, Locale locale) {
        return Messages.text("alert.event." + event.name(), locale);
    }
}
