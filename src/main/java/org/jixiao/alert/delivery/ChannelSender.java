package org.jixiao.alert.delivery;

import java.util.List;

import reactor.core.publisher.Mono;

/**
 * Sends to one kind of channel. Email and webhooks get one notification per call; chat robots may get several,
 * which they send as one digest message so that a burst of alerts stays within the robot's rate limit.
 */
public interface ChannelSender {

    ChannelType type();

    /**
     * Completes when the peer has accepted the message, or errors with a {@link DeliveryException} naming why not.
     * Never blocks the calling thread.
     *
     * @param idempotencyKey the same on every retry of the same message, for peers that deduplicate
     */
    Mono<Void> send(ChannelAddress to, List<Notification> notifications, String idempotencyKey);
}
