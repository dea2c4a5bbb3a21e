package org.jixiao.alert;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jixiao.alert.delivery.ChannelType;
import org.jixiao.alert.delivery.DeliveryClaims;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Alert and delivery metrics (docs/metrics.md). Every series exists from the start, with bounded labels: alerts by
 * state × kind × severity, deliveries by channel × outcome, and the outbox figures. The gauges hold their numbers
 * strongly and are refreshed from the store by the delivery worker's tick, so every instance shows the same values.
 */
@Component
public class AlertMetrics {

    /** What happened to a message on one try. */
    public enum Outcome {
        SENT, RETRY, FAILED, DEFERRED, CANCELLED;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final AlertRepository alerts;
    private final DeliveryClaims outbox;
    private final Map<List<String>, AtomicLong> byStateKindSeverity = new HashMap<>();
    private final Map<ChannelType, Map<Outcome, Counter>> deliveries = new HashMap<>();
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingAge = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    AlertMetrics(MeterRegistry registry, AlertRepository alerts, DeliveryClaims outbox) {
        this.alerts = alerts;
        this.outbox = outbox;
        for (AlertState state : List.of(AlertState.FIRING, AlertState.ACKNOWLEDGED)) {
            for (AlertKind kind : AlertKind.values()) {
                for (Severity severity : Severity.values()) {
                    AtomicLong count = new AtomicLong();
                    byStateKindSeverity.put(List.of(state.name(), kind.name(), severity.name()), count);
                    Gauge.builder("jixiao.alerts", count, AtomicLong::doubleValue)
                            .description("Alerts not resolved, by state, kind and severity")
                            .tags("state", state.name().toLowerCase(java.util.Locale.ROOT), "kind", kind.name(),
                                    "severity", severity.name().toLowerCase(java.util.Locale.ROOT))
                            .register(registry);
                }
            }
        }
        for (ChannelType channel : ChannelType.values()) {
            Map<Outcome, Counter> counters = new HashMap<>();
            for (Outcome outcome : Outcome.values()) {
                counters.put(outcome, Counter.builder("jixiao.alert.deliveries")
                        .description("Tries to deliver an alert message, by channel and outcome (a robot digest "
                                + "counts each alert it carries)")
                        .tags("channel", channel.name().toLowerCase(java.util.Locale.ROOT), "outcome", outcome.tag())
                        .register(registry));
            }
            deliveries.put(channel, counters);
        }
        Gauge.builder("jixiao.alert.outbox.pending", pending, AtomicLong::doubleValue)
                .description("Alert messages waiting to be sent or retried").register(registry);
        Gauge.builder("jixiao.alert.outbox.oldest.age", oldestPendingAge, AtomicLong::doubleValue)
                .description("Age of the oldest message waiting to be sent; 0 when none").baseUnit("seconds")
                .register(registry);
        Gauge.builder("jixiao.alert.outbox.failed", failed, AtomicLong::doubleValue)
                .description("Alert messages given up on, kept for people to see").register(registry);
    }

    public void delivered(ChannelType channel, Outcome outcome, int messages) {
        deliveries.get(channel).get(outcome).increment(messages);
    }

    /** Re-reads the alert counts and the outbox figures from the store. */
    public Mono<Void> refresh(Instant now) {
        Mono<Void> counts = alerts.countsByStateKindSeverity().collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .doOnNext(read -> byStateKindSeverity.forEach((key, count) -> count.set(read.getOrDefault(key, 0L))))
                .then();
        Mono<Void> figures = outbox.outboxFigures(now).doOnNext(values -> {
            pending.set(values[0]);
            oldestPendingAge.set(values[1]);
            failed.set(values[2]);
        }).then();
        return counts.then(figures);
    }
}
