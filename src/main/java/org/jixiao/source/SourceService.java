package org.jixiao.source;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jixiao.audit.AuditLog;
import org.jixiao.indicator.Indicator;
import org.jixiao.indicator.IndicatorAccess;
import org.jixiao.indicator.IndicatorRepository;
import org.jixiao.measurement.MeasuredValue;
import org.jixiao.measurement.MeasurementReader;
import org.jixiao.measurement.MeasurementService;
import org.jixiao.measurement.MeasurementSource;
import org.jixiao.measurement.NewMeasurement;
import org.jixiao.security.Caller;
import org.jixiao.security.OutboundUrlPolicy;
import org.jixiao.source.IndicatorSourceRepository.BoundIndicator;
import org.jixiao.system.error.NotFoundException;
import org.jixiao.system.error.Violations;
import org.jixiao.system.text.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/** Indicators bound to a Prometheus query, and the pull that turns each query's value into a measurement. */
@Service
public class SourceService {

    private static final Logger log = LoggerFactory.getLogger(SourceService.class);
    static final int MAX_QUERY_LENGTH = 4_000;
    static final int PULL_CONCURRENCY = 4;

    private final IndicatorSourceRepository sources;
    private final IndicatorRepository indicators;
    private final IndicatorAccess indicatorAccess;
    private final MeasurementService measurements;
    private final PrometheusClient prometheus;
    private final OutboundUrlPolicy urls;
    private final AuditLog audit;
    private final TransactionalOperator transaction;
    private final Clock clock;

    public SourceService(IndicatorSourceRepository sources, IndicatorRepository indicators,
            IndicatorAccess indicatorAccess, MeasurementService measurements, PrometheusClient prometheus, OutboundUrlPolicy urls, AuditLog audit,
            TransactionalOperator transaction, Clock clock) {
        this.sources = sources;
        this.indicators = indicators;
        this.indicatorAccess = indicatorAccess;
        this.measurements = measurements;
        this.prometheus = prometheus;
        this.urls = urls;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    public Mono<IndicatorSource> bind(Caller caller, long indicatorId, SourceRequest request) {
        return indicatorAccess.writable(caller, indicatorId).flatMap(indicator -> {
            Violations violations = new Violations();
            if (request.type() == null || !request.type().strip().toUpperCase(Locale.ROOT).equals("PROMETHEUS")) {
                violations.add("type", Message.of("problem.field.must-be", "PROMETHEUS"));
            }
            violations.requiredText("query", request.query(), MAX_QUERY_LENGTH);
            urls.problem(request.baseUrl()).ifPresent(problem -> violations.add("baseUrl", problem));
            violations.throwIfAny();
            String baseUrl = request.baseUrl().strip().replaceAll("/+$", "");
            return sources.save(indicatorId, request.query().strip(), baseUrl, caller.actor(), clock.instant())
                    .flatMap(bound -> audit.record(caller.actor(), "bind", "indicator-source", indicatorId, null,
                            Map.of("query", bound.query(), "baseUrl", bound.baseUrl())).thenReturn(bound))
                    .as(transaction::transactional);
        });
    }

    public Mono<IndicatorSource> get(Caller caller, long indicatorId) {
        return indicatorAccess.visible(caller, indicatorId)
                .flatMap(indicator -> sources.find(indicatorId))
                .switchIfEmpty(Mono.error(() -> new NotFoundException(
                        Message.of("problem.not-found.source", indicatorId))));
    }

    public Mono<Void> unbind(Caller caller, long indicatorId) {
        return indicatorAccess.writable(caller, indicatorId)
                .flatMap(indicator -> sources.delete(indicatorId))
                .flatMap(deleted -> deleted == 0 ? Mono.error(new NotFoundException(
                        Message.of("problem.not-found.source", indicatorId)))
                        : audit.record(caller.actor(), "unbind", "indicator-source", indicatorId, null, null))
                .as(transaction::transactional);
    }

    /** Pulls every bound indicator once; a failing query is recorded on its binding and does not stop the others. */
    public Mono<PullSummary> pullAll() {
        return sources.findAllBound()
                .flatMap(this::pull, PULL_CONCURRENCY)
                .collectList()
                .map(outcomes -> new PullSummary(outcomes.size(),
                        outcomes.stream().filter(outcome -> outcome.error() == null).count(),
                        outcomes.stream().filter(outcome -> outcome.error() != null)
                                .map(outcome -> "indicator " + outcome.indicatorId() + ": " + outcome.error())
                                .toList()));
    }

    private Mono<Outcome> pull(BoundIndicator bound) {
        IndicatorSource source = bound.source();
        Instant now = clock.instant();
        ZonedDateTime yearStart = ZonedDateTime.of(bound.fiscalYear(), 1, 1, 0, 0, 0, 0, clock.getZone());
        Instant yearEnd = yearStart.plusYears(1).toInstant();
        Instant at = now.isAfter(yearEnd) ? yearEnd : now;
        long seconds = Math.max(1, Duration.between(yearStart.toInstant(), at).toSeconds());
        String query = source.query().replace("$range", seconds + "s");
        return indicators.findById(source.indicatorId())
                .flatMap(indicator -> prometheus.query(source.baseUrl(), query, at)
                        .map(value -> measurement(indicator, value, at))
                        .flatMap(row -> measurements.store(Caller.SYSTEM, List.of(row)).then()
                                .as(transaction::transactional)))
                .then(sources.recordPull(source.indicatorId(), now, null))
                .thenReturn(new Outcome(source.indicatorId(), null))
                .onErrorResume(failure -> {
                    log.warn("Pulling indicator {} from {} failed: {}", source.indicatorId(), source.baseUrl(),
                            failure.getMessage());
                    return sources.recordPull(source.indicatorId(), now, failure.getMessage())
                            .thenReturn(new Outcome(source.indicatorId(), failure.getMessage()));
                });
    }

    private static NewMeasurement measurement(Indicator indicator, BigDecimal value, Instant at) {
        MeasuredValue measured = MeasurementReader.read(value, indicator.target());
        return new NewMeasurement(indicator.projectId(), indicator.id(), measured.value(), measured.unit(), null, at,
                "pulled from Prometheus", null, MeasurementSource.PROMETHEUS);
    }

    /** {@code {"type":"PROMETHEUS","query":"...","baseUrl":"http://prometheus:9090"}}. */
    public record SourceRequest(String type, String query, String baseUrl) {
    }

    /** How a pull of all bound indicators went. */
    public record PullSummary(int bound, long pulled, List<String> failures) {
    }

    private record Outcome(long indicatorId, String error) {
    }
}
