package org.jixiao.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.r2dbc.postgresql.codec.Json;
import org.jixiao.alert.AlertService;
import org.jixiao.metrics.CheckMetrics;
import org.jixiao.metrics.MetricsSnapshot;
import org.jixiao.milestone.MilestoneService;
import org.jixiao.source.SourceService;
import org.jixiao.status.StatusService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Service;

/**
 * Runs a check by calling its service, and records the run in {@code check_run} (start, end, last success, failures)
 * whether it was fired by Quartz or asked for through the API.
 */
@Service
public class CheckRunner {

    private static final Logger log = LoggerFactory.getLogger(CheckRunner.class);

    private final MilestoneService milestones;
    private final StatusService statuses;
    private final SourceService sources;
    private final MissingMeasurements missing;
    private final AlertService alerts;
    private final DatabaseClient db;
    private final JsonMapper jsonMapper;
    private final CheckMetrics checkMetrics;
    private final MetricsSnapshot snapshot;
    private final Clock clock;

    public CheckRunner(MilestoneService milestones, StatusService statuses, SourceService sources,
            MissingMeasurements missing, AlertService alerts, DatabaseClient db, JsonMapper jsonMapper, CheckMetrics checkMetrics,
            MetricsSnapshot snapshot, Clock clock) {
        this.milestones = milestones;
        this.statuses = statuses;
        this.sources = sources;
        this.missing = missing;
        this.alerts = alerts;
        this.db = db;
        this.jsonMapper = jsonMapper;
        this.checkMetrics = checkMetrics;
        this.snapshot = snapshot;
        this.clock = clock;
    }

    /** Every check, one after the other: milestones first, so the lights judge today's milestone states. */
    public Mono<List<CheckResult>> runAll() {
        return Flux.just(Check.MILESTONE_SWEEP, Check.PROMETHEUS_PULL, Check.LIGHT_EVALUATION,
                        Check.MEASUREMENT_MISSING)
                .concatMap(this::run)
                .collectList();
    }

    public Mono<CheckResult> run(Check check) {
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        return started(check, started)
                .then(work(check))
                .map(summary -> new CheckResult(check.id(), started, millisSince(startNanos), true, summary, null))
                .onErrorResume(failure -> {
                    log.error("Check {} failed", check.id(), failure);
                    return Mono.just(new CheckResult(check.id(), started, millisSince(startNanos), false, null,
                            String.valueOf(failure.getMessage())));
                })
                .flatMap(result -> finished(result).thenReturn(result))
                .doOnNext(checkMetrics::record)
                .flatMap(result -> refreshesSnapshot(check) && result.succeeded()
                        ? snapshot.refresh().onErrorResume(failure -> {
                            log.warn("Could not refresh the metrics snapshot: {}", failure.getMessage());
                            return Mono.empty();
                        }).thenReturn(result)
                        : Mono.just(result))
                .doOnNext(result -> log.info("Check {} {} in {} ms: {}", check.id(),
                        result.succeeded() ? "done" : "FAILED", result.durationMillis(),
                        result.succeeded() ? result.summary() : result.error()));
    }

    /** The checks that change what the project, milestone and indicator gauges show. */
    private static boolean refreshesSnapshot(Check check) {
        return check == Check.MILESTONE_SWEEP || check == Check.LIGHT_EVALUATION;
    }

    private Mono<Object> work(Check check) {
        Mono<Object> work = switch (check) {
            case MILESTONE_SWEEP -> milestones.sweep(null).cast(Object.class);
            case LIGHT_EVALUATION -> statuses.evaluateAll().cast(Object.class);
            case PROMETHEUS_PULL -> sources.pullAll().cast(Object.class);
            case MEASUREMENT_MISSING -> missing.find().cast(Object.class);
        };
        // The checks that change what alerts see bring the alerts up to date; a failure there fails the check.
        return raisesAlerts(check) ? work.flatMap(summary -> alerts.reconcile().thenReturn(summary)) : work;
    }

    private static boolean raisesAlerts(Check check) {
        return check != Check.PROMETHEUS_PULL;
    }

    private Mono<Void> started(Check check, Instant at) {
        return db.sql("""
                insert into check_run (check_name, last_started_at, last_outcome)
                values (:check, :at, 'RUNNING')
                on conflict (check_name) do update set last_started_at = excluded.last_started_at,
                    last_outcome = 'RUNNING'
                """)
                .bind("check", check.id())
                .bind("at", at.atOffset(java.time.ZoneOffset.UTC))
                .fetch().rowsUpdated().then();
    }

    private Mono<Void> finished(CheckResult result) {
        Instant now = clock.instant();
        return db.sql("""
                update check_run set last_finished_at = :now, last_outcome = :outcome, last_summary = :summary,
                    last_success_at = case when :succeeded then :now else last_success_at end,
                    failures = failures + case when :succeeded then 0 else 1 end
                 where check_name = :check
                """)
                .bind("check", result.check())
                .bind("now", now.atOffset(java.time.ZoneOffset.UTC))
                .bind("outcome", result.succeeded() ? "OK" : "FAILED")
                .bind("succeeded", result.succeeded())
                .bind("summary", Parameter.fromOrEmpty(Json.of(jsonMapper.writeValueAsString(
                        result.succeeded() ? result.summary() : java.util.Map.of("error", result.error()))),
                        Json.class))
                .fetch().rowsUpdated().then();
    }

    /** The last run of every check that has run. */
    public Flux<CheckRun> lastRuns() {
        return db.sql("select * from check_run order by check_name")
                .map(row -> new CheckRun(row.get("check_name", String.class),
                        instant(row.get("last_started_at", java.time.OffsetDateTime.class)),
                        instant(row.get("last_finished_at", java.time.OffsetDateTime.class)),
                        instant(row.get("last_success_at", java.time.OffsetDateTime.class)),
                        row.get("last_outcome", String.class),
                        row.get("last_summary", Json.class) == null ? null
                                : jsonMapper.readTree(row.get("last_summary", Json.class).asString()),
                        row.get("failures", Long.class)))
                .all();
    }

    private static Instant instant(java.time.OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static long millisSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }

    /** The last run of a check, as stored. */
    public record CheckRun(String check, Instant lastStartedAt, Instant lastFinishedAt, Instant lastSuccessAt,
            String lastOutcome, Object lastSummary, long failures) {
    }
}
