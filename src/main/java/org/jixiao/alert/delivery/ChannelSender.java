package org.jixiao.alert.delivery;

import java.util.List;

import reactor.core.publisher.Mono;

/**
 * Sends to one kind of channel. Every channel gets a whole group's message ({@link GroupMessage}): email lists its
 * alerts, a webhook gets them as one Alertmanager group, a chat robot as one digest.
 */
public interface ChannelSender {

    ChannelType type();

    /**
     * Completes when the peer has accepted the message, or errors with a {@link DeliveryException} naming why not.
     * Never blocks the calling thread.
     */
    Mono<Void> send(ChannelAddress to, GroupMessage message);

    /**
     * Sends these notifications as one message, grouped by the first one's department.
     *
     * @param idempotencyKey the same on every retry of the same message, for peers that deduplicate
     */
    default Mono<Void> send(ChannelAddress to, List<Notification> notifications, String idempotencyKey) {
        SenderChecks.requireSome(notifications);
        return send(to, GroupMessage.of(notifications, idempotencyKey));
    }
}
