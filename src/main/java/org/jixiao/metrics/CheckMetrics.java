package org.jixiao.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jixiao.schedule.Check;
import org.jixiao.schedule.CheckListener;
import org.jixiao.schedule.CheckResult;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * How the scheduled checks are doing: duration, runs by outcome, failures, and when each last succeeded. The last
 * success starts from {@code check_run}, or from the start of this process for a check that never ran, so a restart
 * does not look like a check that stopped.
 */
@Component
@Order(100)
public class CheckMetrics implements CheckListener {

    private final MeterRegistry registry;
    private final DatabaseClient db;
    private final Clock clock;
    private final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();

    public CheckMetrics(MeterRegistry registry, DatabaseClient db, Clock clock) {
        this.registry = registry;
        this.db = db;
        this.clock = clock;
        for (Check check : Check.values()) {
            AtomicLong seconds = new AtomicLong(clock.instant().getEpochSecond());
            lastSuccess.put(check.id(), seconds);
            Gauge.builder("jixiao.check.last.success.timestamp", seconds, AtomicLong::doubleValue)
                    .description("When the check last succeeded, Unix time").baseUnit("seconds")
                    .tag("check", check.id()).register(registry);
            Counter.builder("jixiao.check.failures").description("Failed runs of the check")
                    .tag("check", check.id()).register(registry);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void fromStoredRuns() {
        db.sql("select check_name, last_success_at from check_run where last_success_at is not null")
                .map(row -> Map.entry(row.get("check_name", String.class),
                        row.get("last_success_at", OffsetDateTime.class).toEpochSecond()))
                .all()
                .doOnNext(entry -> {
                    AtomicLong seconds = lastSuccess.get(entry.getKey());
                    if (seconds != null) {
                        seconds.set(entry.getValue());
                    }
                })
                .subscribe();
    }

    @Override
    public Mono<Void> afterRun(CheckResult result) {
        return Mono.fromRunnable(() -> record(result));
    }

    private void record(CheckResult result) {
        Timer.builder("jixiao.check.duration").description("How long the check took")
                .tag("check", result.check()).register(registry).record(Duration.ofMillis(result.durationMillis()));
        Counter.builder("jixiao.check.runs").description("Runs of the check by outcome")
                .tags("check", result.check(), "outcome", result.succeeded() ? "OK" : "FAILED")
                .register(registry).increment();
        if (result.succeeded()) {
            lastSuccess.computeIfAbsent(result.check(), id -> new AtomicLong()).set(clock.instant().getEpochSecond());
        }
        else {
            registry.counter("jixiao.check.failures", "check", result.check()).increment();
        }
    }
}
