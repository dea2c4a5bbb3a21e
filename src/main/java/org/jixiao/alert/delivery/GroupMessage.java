package org.jixiao.alert.delivery;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One message to one subscriber: the alerts of one group ({@link MessageGrouping}), each at its latest event and with
 * its facts as they are when the message is written, not as they were when it was queued.
 *
 * @param idempotencyKey the same on every try of this message ({@code Idempotency-Key}, {@code X-Jixiao-Delivery})
 * @param subscriptionId the subscription it goes to, which names the group together with {@code groupKey}
 * @param groupKey the labels its alerts share, e.g. {@code {department="102"}}
 */
public record GroupMessage(String idempotencyKey, Long subscriptionId, String groupKey,
        List<Notification> notifications) {

    public GroupMessage {
        Objects.requireNonNull(groupKey, "groupKey");
        notifications = List.copyOf(notifications);
    }

    /** A message of these notifications, grouped by the department of the first. */
    public static GroupMessage of(List<Notification> notifications, String idempotencyKey) {
        String department = notifications.isEmpty() || notifications.getFirst().facts() == null ? null
                : notifications.getFirst().facts().departmentCode();
        return new GroupMessage(idempotencyKey, null, MessageGrouping.groupKey(department), notifications);
    }

    public Map<String, String> groupLabels() {
        return MessageGrouping.groupLabels(groupKey);
    }

    public String webhookGroupKey() {
        return MessageGrouping.webhookGroupKey(subscriptionId, groupKey);
    }
}
