package org.jixiao.alert.delivery;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Delivery metrics (docs/metrics.md): tries by channel × outcome, and the outbox figures. Every series exists from
 * the start; the gauges hold their numbers strongly and are refreshed from the store by the worker's tick, so every
 * instance shows the same values.
 */
@Component
class DeliveryMetrics {

    /** What happened to a message on one try. */
    enum Outcome {
        SENT, RETRY, FAILED, DEFERRED, CANCELLED;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final DeliveryClaims outbox;
    private final Map<ChannelType, Map<Outcome, Counter>> deliveries = new EnumMap<>(ChannelType.class);
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingAge = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    DeliveryMetrics(MeterRegistry registry, DeliveryClaims outbox) {
        this.outbox = outbox;
        for (ChannelType channel : ChannelType.values()) {
            Map<Outcome, Counter> counters = new EnumMap<>(Outcome.class);
            for (Outcome outcome : Outcome.values()) {
                counters.put(outcome, Counter.builder("jixiao.alert.deliveries")
                        .description("Tries to deliver an alert message, by channel and outcome (a grouped message "
                                + "counts each alert it carries)")
                        .tags("channel", channel.name().toLowerCase(Locale.ROOT), "outcome", outcome.tag())
                        .register(registry));
            }
            deliveries.put(channel, counters);
        }
        Gauge.builder("jixiao.alert.outbox.pending", pending, AtomicLong::doubleValue)
                .description("Grouped alert messages waiting to be sent or retried").register(registry);
        Gauge.builder("jixiao.alert.outbox.oldest.age", oldestPendingAge, AtomicLong::doubleValue)
                .description("How long the oldest waiting message has been due; 0 when none").baseUnit("seconds")
                .register(registry);
        Gauge.builder("jixiao.alert.outbox.failed", failed, AtomicLong::doubleValue)
                .description("Grouped alert messages given up on, kept for people to see").register(registry);
    }

    void delivered(ChannelType channel, Outcome outcome, int messages) {
        deliveries.get(channel).get(outcome).increment(messages);
    }

    /** Re-reads the outbox figures from the store. */
    Mono<Void> refresh(Instant now) {
        return outbox.outboxFigures(now).doOnNext(values -> {
            pending.set(values[0]);
            oldestPendingAge.set(values[1]);
            failed.set(values[2]);
        }).then();
    }
}
