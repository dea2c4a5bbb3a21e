package org.jixiao.alert.delivery;

import java.time.Instant;

import org.jixiao.alert.NotificationEvent;

/**
 * One message of an alert to one subscriber, as the API shows it: the alert's part in a grouped message.
 *
 * @param state the state of the message that carries it: PENDING (waiting for its group, or being retried), SENT,
 *        FAILED (given up: still here to see), or CANCELLED (its subscription was deleted)
 * @param attempts the tries of that message
 * @param nextAttemptAt when it goes (again), while pending
 * @param digestSize how many alerts that message held, when more than one
 * @param messageId the grouped message; the same for every alert it carried ({@code null} for messages of alerts
 *        written before grouping, which went alone)
 * @param groupKey the labels the alerts of that message share, e.g. {@code {department="102"}}
 */
public record Delivery(long id, long alertId, Long subscriptionId, ChannelType channel, String recipient,
        NotificationEvent event, String state, int attempts, Instant nextAttemptAt, String lastError,
        Integer digestSize, Long messageId, String groupKey, Instant createdAt, Instant sentAt, Instant failedAt) {
}
