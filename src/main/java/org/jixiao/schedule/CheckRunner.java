package org.jixiao.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.r2dbc.postgresql.codec.Json;
import org.jixiao.light.LightService;
import org.jixiao.milestone.MilestoneService;
import org.jixiao.security.AccessRules;
import org.jixiao.security.Caller;
import org.jixiao.source.MissingMeasurements;
import org.jixiao.source.SourceService;
import org.jixiao.system.error.ForbiddenException;
import org.jixiao.system.text.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Service;

import static org.jixiao.system.database.Timestamps.instant;
import static org.jixiao.system.database.Timestamps.utc;

/**
 * Runs a check by calling its service, and records the run in {@code check_run} (start, end, last success, failures)
 * whether it was fired by Quartz or asked for through the API. What follows a check (alerts, metrics) listens through
 * {@link CheckListener}.
 */
@Service
public class CheckRunner {

    private static final Logger log = LoggerFactory.getLogger(CheckRunner.class);

    private final MilestoneService milestones;
    private final LightService statuses;
    private final SourceService sources;
    private final MissingMeasurements missing;
    private final List<CheckListener> listeners;
    private final DatabaseClient db;
    private final JsonMapper jsonMapper;
    private final Clock clock;

    public CheckRunner(MilestoneService milestones, LightService statuses, SourceService sources,
            MissingMeasurements missing, List<CheckListener> listeners, DatabaseClient db, JsonMapper jsonMapper,
            Clock clock) {
        this.milestones = milestones;
        this.statuses = statuses;
        this.sources = sources;
        this.missing = missing;
        this.listeners = listeners;
        this.db = db;
        this.jsonMapper = jsonMapper;
        this.clock = clock;
    }

    /** {@link #runAll()} on a caller's request: administrators only. */
    public Mono<List<CheckResult>> runAll(Caller caller) {
        return checkMayRunChecks(caller).then(Mono.defer(this::runAll));
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
                .flatMap(result -> Flux.fromIterable(listeners)
                        .concatMap(listener -> listener.afterRun(result).onErrorResume(failure -> {
                            log.warn("After check {}, {} failed: {}", check.id(),
                                    listener.getClass().getSimpleName(), failure.toString());
                            return Mono.empty();
                        }))
                        .then(Mono.just(result)))
                .doOnNext(result -> log.info("Check {} {} in {} ms: {}", check.id(),
                        result.succeeded() ? "done" : "FAILED", result.durationMillis(),
                        result.succeeded() ? result.summary() : result.error()));
    }

    private Mono<Object> work(Check check) {
        Mono<Object> work = switch (check) {
            case MILESTONE_SWEEP -> milestones.sweep(null).cast(Object.class);
            case LIGHT_EVALUATION -> statuses.evaluateAll().cast(Object.class);
            case PROMETHEUS_PULL -> sources.pullAll().cast(Object.class);
            case MEASUREMENT_MISSING -> missing.find().cast(Object.class);
        };
        return work.flatMap(summary -> Flux.fromIterable(listeners)
                .concatMap(listener -> listener.afterWork(check))
                .then(Mono.just(summary)));
    }

    private Mono<Void> started(Check check, Instant at) {
        return db.sql("""
                insert into check_run (check_name, last_started_at, last_outcome)
                values (:check, :at, 'RUNNING')
                on conflict (check_name) do update set last_started_at = excluded.last_started_at,
                    last_outcome = 'RUNNING'
                """)
                .bind("check", check.id())
                .bind("at", utc(at))
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
                .bind("now", utc(now))
                .bind("outcome", result.succeeded() ? "OK" : "FAILED")
                .bind("succeeded", result.succeeded())
                .bind("summary", Parameter.fromOrEmpty(Json.of(jsonMapper.writeValueAsString(
                        result.succeeded() ? result.summary() : Map.of("error", result.error()))),
                        Json.class))
                .fetch().rowsUpdated().then();
    }

    /** The last run of every check that has run; administrators only. */
    public Flux<CheckRun> lastRuns(Caller caller) {
        return checkMayRunChecks(caller).thenMany(db.sql("select * from check_run order by check_name")
                .map(row -> new CheckRun(row.get("check_name", String.class),
                        instant(row, "last_started_at"),
                        instant(row, "last_finished_at"),
                        instant(row, "last_success_at"),
                        row.get("last_outcome", String.class),
                        row.get("last_summary", Json.class) == null ? null
                                : jsonMapper.readTree(row.get("last_summary", Json.class).asString()),
                        row.get("failures", Long.class)))
                .all());
    }

    private static Mono<Void> checkMayRunChecks(Caller caller) {
        return AccessRules.canRunChecks(caller) ? Mono.empty()
                : Mono.error(new ForbiddenException(Message.of("problem.forbidden.checks")));
    }

    private static long millisSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }

    /** The last run of a check, as stored. */
    public record CheckRun(String check, Instant lastStartedAt, Instant lastFinishedAt, Instant lastSuccessAt,
            String lastOutcome, Object lastSummary, long failures) {
    }
}
