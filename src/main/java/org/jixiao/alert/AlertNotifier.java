package org.jixiao.alert;

import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Mono;

/**
 * Where a reconcile leaves the messages its changes cause, in its own transaction. The delivery outbox implements
 * it, so alerts know nothing of channels, quiet hours or retries.
 */
public interface AlertNotifier {

    /**
     * @param alertIds the alerts to announce, each with the event at the same position of {@code events}
     * @param now the business time of the change, at which silences are judged; when the messages go is the
     *        outbox's affair, in real time
     * @return how many messages were queued
     */
    Mono<Long> enqueue(List<Long> alertIds, List<NotificationEvent> events, Instant now);
}
