package org.jixiao.alert.delivery;

import java.text.Collator;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.alert.AlertState;
import org.jixiao.alert.NotificationEvent;

/**
 * How alerts become messages, after Alertmanager's grouping: a subscriber gets the alerts of one group (those of one
 * department) in one message, on every channel. A new group's first message waits {@code groupWait} for more of the
 * group's alerts to join it; the group's next message goes no sooner than {@code groupInterval} after the previous
 * one was first tried, and carries what was raised meanwhile. Plain rules: the caller says what time it is.
 *
 * @param groupWait how long a new group's first message waits for more alerts
 * @param groupInterval the least time between two messages of one group
 */
public record MessageGrouping(Duration groupWait, Duration groupInterval) {

    /** The label alerts are grouped by. Managers answer for departments: one message names one department. */
    public static final String GROUP_BY = "department";

    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    public MessageGrouping {
        Objects.requireNonNull(groupWait, "groupWait");
        Objects.requireNonNull(groupInterval, "groupInterval");
        if (groupWait.isNegative() || groupInterval.isNegative()) {
            throw new IllegalArgumentException("group wait and interval cannot be negative, got " + groupWait + " and "
                    + groupInterval);
        }
    }

    /** The group of an alert of this department, as stored with its message: {@code {department="102"}}. */
    public static String groupKey(String departmentCode) {
        return "{" + GROUP_BY + "=\"" + quoted(departmentCode == null ? "" : departmentCode) + "\"}";
    }

    /** The labels a group key names, in order. */
    public static Map<String, String> groupLabels(String groupKey) {
        Map<String, String> labels = new LinkedHashMap<>();
        Matcher label = LABEL.matcher(groupKey == null ? "" : groupKey);
        while (label.find()) {
            labels.put(label.group(1), label.group(2).replaceAll("\\\\(.)", "$1"));
        }
        return labels;
    }

    /**
     * Alertmanager's {@code groupKey}: the route, here the subscription, and the group's labels, e.g.
     * {@code {}/{subscription="12"}:{department="102"}}. The same for every message of the group.
     */
    public static String webhookGroupKey(Long subscriptionId, String groupKey) {
        return (subscriptionId == null ? "{}" : "{}/{subscription=\"" + subscriptionId + "\"}") + ":" + groupKey;
    }

    /**
     * When a group's new message may go: {@code groupWait} after its first alert, and no sooner than
     * {@code groupInterval} after the group's previous message was first tried.
     *
     * @param previous when the group's last message was first tried, or {@code null} if it has none
     */
    public Instant firstDue(Instant now, Instant previous) {
        Instant afterWait = now.plus(groupWait);
        if (previous == null) {
            return afterWait;
        }
        Instant afterInterval = previous.plus(groupInterval);
        return afterInterval.isAfter(afterWait) ? afterInterval : afterWait;
    }

    /**
     * What a message says: each alert once, at its latest event (one that fired and resolved while the message waited
     * is told as resolved), those still firing first, most severe first, then by project (in pinyin order) and alert.
     *
     * @param queued the message's rows, oldest first
     */
    public static List<Notification> contents(List<Notification> queued) {
        Map<Long, Notification> latest = new LinkedHashMap<>();
        for (Notification notification : queued) {
            latest.merge(notification.alertId(), notification,
                    (kept, other) -> other.deliveryId() > kept.deliveryId() ? other : kept);
        }
        return latest.values().stream()
                .sorted(Comparator.comparing((Notification notification) ->
                                notification.event() == NotificationEvent.RESOLVED)
                        .thenComparing(Notification::severity, Comparator.reverseOrder())
                        .thenComparing(notification -> notification.facts() == null
                                || notification.facts().projectName() == null ? "" : notification.facts().projectName(),
                                Collator.getInstance(Locale.SIMPLIFIED_CHINESE))
                        .thenComparingLong(Notification::alertId))
                .toList();
    }

    /**
     * Whether a queued notice has nothing true left to say: a due-soon notice whose alert ended before it went (its
     * milestone was met or its report handed in, or it fell overdue and the overdue alert took over), or an approval
     * reopened meanwhile. Such an alert ends without a "resolved" message
     * ({@link org.jixiao.alert.AlertKind#isNotice}), so its notice is left out rather than sent beside the overdue one
     * about the same milestone or report.
     */
    public static boolean outlived(Notification queued, AlertState alertNow) {
        return alertNow == AlertState.RESOLVED && queued.event() != NotificationEvent.RESOLVED
                && queued.kind().isNotice();
    }

    private static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
