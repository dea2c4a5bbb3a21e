package org.jixiao.alert.delivery;

import java.time.Instant;

/** An outbox row this instance holds a lease on, with what it takes to send it. */
record ClaimedDelivery(long id, Long subscriptionId, int attempts, Instant createdAt, Notification notification,
        ChannelAddress to) {
}
