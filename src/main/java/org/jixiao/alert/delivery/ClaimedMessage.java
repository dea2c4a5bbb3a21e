package org.jixiao.alert.delivery;

import java.time.Instant;
import java.util.List;

/**
 * A message this instance holds a lease on, with what it takes to send it.
 *
 * @param firstTriedAt its first claim, from which giving up counts
 * @param to where it goes; {@code null} when its subscription was deleted
 * @param queued its rows, oldest first, each with its alert as the alert is now; none when the alerts are gone, or
 *        have nothing left to say ({@link MessageGrouping#outlived})
 */
record ClaimedMessage(long id, Long subscriptionId, String groupKey, int attempts, Instant firstTriedAt,
        ChannelAddress to, List<Notification> queued) {

    /** The same on every try of this message: its number, drawn from the outbox's sequence. */
    String idempotencyKey() {
        return "jixiao-delivery-" + id;
    }

    GroupMessage message() {
        return new GroupMessage(idempotencyKey(), subscriptionId, groupKey, MessageGrouping.contents(queued));
    }
}
