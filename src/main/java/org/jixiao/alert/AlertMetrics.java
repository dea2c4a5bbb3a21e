package org.jixiao.alert;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Alert metrics (docs/metrics.md): alerts by state × kind × severity, every series from the start with bounded
 * labels. The gauges hold their numbers strongly and are refreshed from the store by the delivery worker's tick, so
 * every instance shows the same values.
 */
@Component
public class AlertMetrics {

    private final AlertRepository alerts;
    private final Map<List<String>, AtomicLong> byStateKindSeverity = new HashMap<>();

    AlertMetrics(MeterRegistry registry, AlertRepository alerts) {
        this.alerts = alerts;
        for (AlertState state : List.of(AlertState.FIRING, AlertState.ACKNOWLEDGED)) {
            for (AlertKind kind : AlertKind.values()) {
                for (Severity severity : Severity.values()) {
                    AtomicLong count = new AtomicLong();
                    byStateKindSeverity.put(List.of(state.name(), kind.name(), severity.name()), count);
                    Gauge.builder("jixiao.alerts", count, AtomicLong::doubleValue)
                            .description("Alerts not resolved, by state, kind and severity")
                            .tags("state", state.name().toLowerCase(Locale.ROOT), "kind", kind.name(),
                                    "severity", severity.name().toLowerCase(Locale.ROOT))
                            .register(registry);
                }
            }
        }
    }

    /** Re-reads the alert counts from the store. */
    public Mono<Void> refresh() {
        return alerts.countsByStateKindSeverity().collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .doOnNext(read -> byStateKindSeverity.forEach((key, count) -> count.set(read.getOrDefault(key, 0L))))
                .then();
    }
}
