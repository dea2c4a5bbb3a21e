package org.jixiao.alert.delivery;

import java.time.Instant;

import org.jixiao.alert.NotificationEvent;

/**
 * One message of an alert to one subscriber, as the API shows it.
 *
 * @param state PENDING (waiting or being retried), SENT, FAILED (given up: still here to see), or CANCELLED
 *        (its subscription was deleted)
 * @param digestSize how many alerts the robot message that carried it held, when it went as a digest
 */
public record Delivery(long id, long alertId, Long subscriptionId, ChannelType channel, String recipient,
        NotificationEvent event, String state, int attempts, Instant nextAttemptAt, String lastError,
        Integer digestSize, Instant createdAt, Instant sentAt, Instant failedAt) {
}
