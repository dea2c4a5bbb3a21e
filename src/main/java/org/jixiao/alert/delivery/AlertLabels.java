package org.jixiao.alert.delivery;

import java.util.Locale;

import org.jixiao.alert.AlertKind;
import org.jixiao.alert.NotificationEvent;
import org.jixiao.alert.Severity;

/** The words for kinds, severities and events in the two languages of messages: Chinese (default) and English. */
public final class AlertLabels {

    private AlertLabels() {
    }

    /** English when the locale's language is {@code en}; Chinese otherwise. */
    public static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    public static String kind(AlertKind kind, Locale locale) {
        boolean en = english(locale);
        return switch (kind) {
            case MILESTONE_DUE_SOON -> en ? "Due soon" : "即将到期";
            case MILESTONE_OVERDUE -> en ? "Overdue" : "逾期";
            case INDICATOR_OFF_TARGET -> en ? "Indicator off target" : "指标偏离目标";
            case BUDGET_EXECUTION_LAG -> en ? "Budget execution lagging" : "预算执行滞后";
            case MEASUREMENT_MISSING -> en ? "Measurement missing" : "实际值缺失";
            case TARGET_UNREADABLE -> en ? "Target unreadable" : "目标值无法识别";
        };
    }

    public static String severity(Severity severity, Locale locale) {
        boolean en = english(locale);
        return switch (severity) {
            case CRITICAL -> en ? "Critical" : "严重";
            case WARNING -> en ? "Warning" : "警告";
            case INFO -> en ? "Info" : "提示";
        };
    }

    public static String event(NotificationEvent event, Locale locale) {
        boolean en = english(locale);
        return switch (event) {
            case FIRING -> en ? "Firing" : "触发";
            case REMINDER -> en ? "Reminder (still firing)" : "提醒（仍未解除）";
            case RESOLVED -> en ? "Resolved" : "已解除";
        };
    }
}
