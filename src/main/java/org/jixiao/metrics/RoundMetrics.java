package org.jixiao.metrics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.jixiao.round.ReportState;
import org.jixiao.round.RoundRepository;
import org.jixiao.schedule.Check;
import org.jixiao.schedule.CheckListener;
import org.jixiao.schedule.CheckResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * The rounds' progress and the rectification items, as gauges (docs/metrics.md). To keep the series bounded, only
 * rounds of this fiscal year and the one before (by the service's clock) are exported: a year's rounds are few, and
 * last year's self-evaluation round runs in the new year. Like the other gauges they are read from memory, rebuilt
 * at start-up and after each successful light evaluation, so a scrape never queries the database.
 */
@Component
@Order(300)
public class RoundMetrics implements CheckListener {

    private static final Logger log = LoggerFactory.getLogger(RoundMetrics.class);

    private final DatabaseClient db;
    private final Clock clock;
    private final MultiGauge roundReports;
    private final MultiGauge roundLate;
    private final AtomicLong openRectifications = new AtomicLong();
    private final AtomicLong overdueRectifications = new AtomicLong();

    public RoundMetrics(DatabaseClient db, MeterRegistry registry, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.roundReports = MultiGauge.builder("jixiao.round.reports")
                .description("Reports of a round of this or last fiscal year, by state").register(registry);
        this.roundLate = MultiGauge.builder("jixiao.round.reports.late")
                .description("Reports of a round of this or last fiscal year not handed in by its due date, or "
                        + "handed in after it").register(registry);
        Gauge.builder("jixiao.rectifications.open", openRectifications, AtomicLong::doubleValue)
                .description("Rectification items not closed yet").register(registry);
        Gauge.builder("jixiao.rectifications.overdue", overdueRectifications, AtomicLong::doubleValue)
                .description("Rectification items not closed by their due date").register(registry);
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        refresh().subscribe(null, failure -> log.warn("Could not read the round metrics: {}", failure.getMessage()));
    }

    /** Each light evaluation (every quarter of an hour by default) also brings these figures up to date. */
    @Override
    public Mono<Void> afterRun(CheckResult result) {
        return result.succeeded() && result.check().equals(Check.LIGHT_EVALUATION.id()) ? refresh() : Mono.empty();
    }

    /** Reads the figures in two statements and replaces every row at once. */
    public Mono<Void> refresh() {
        LocalDate today = LocalDate.now(clock);
        return rounds(today).zipWith(rectifications(today)).doOnNext(loaded -> {
            List<MultiGauge.Row<?>> reports = new ArrayList<>();
            List<MultiGauge.Row<?>> late = new ArrayList<>();
            for (RoundRow round : loaded.getT1()) {
                Tags tags = Tags.of("round_id", String.valueOf(round.id()), "round", round.title(), "kind",
                        round.kind(), "fiscal_year", String.valueOf(round.fiscalYear()));
                for (ReportState state : ReportState.values()) {
                    reports.add(MultiGauge.Row.of(tags.and("state", state.name()), round.count(state)));
                }
                late.add(MultiGauge.Row.of(tags, round.late()));
            }
            roundReports.register(reports, true);
            roundLate.register(late, true);
            openRectifications.set(loaded.getT2()[0]);
            overdueRectifications.set(loaded.getT2()[1]);
        }).then();
    }

    private Mono<List<RoundRow>> rounds(LocalDate today) {
        return db.sql("""
                select rd.id, rd.title, rd.kind, rd.fiscal_year,
                       count(*) filter (where r.state = 'DRAFT') as draft,
                       count(*) filter (where r.state = 'SUBMITTED') as submitted,
                       count(*) filter (where r.state = 'RETURNED') as returned,
                       count(*) filter (where r.state = 'APPROVED') as approved,
                       count(*) filter (where %s) as late
                  from report_round rd join report r on r.round_id = rd.id
                 where rd.fiscal_year between :year - 1 and :year
                 group by rd.id
                """.formatted(RoundRepository.LATE))
                .bind("today", today)
                .bind("zone", clock.getZone().getId())
                .bind("year", today.getYear())
                .map(row -> new RoundRow(row.get("id", Long.class), row.get("title", String.class),
                        row.get("kind", String.class), row.get("fiscal_year", Integer.class),
                        row.get("draft", Long.class), row.get("submitted", Long.class),
                        row.get("returned", Long.class), row.get("approved", Long.class), row.get("late", Long.class)))
                .all().collectList();
    }

    /** Open items, and those of them past their due date. */
    private Mono<long[]> rectifications(LocalDate today) {
        return db.sql("""
                select count(*) filter (where state = 'OPEN') as open,
                       count(*) filter (where state = 'OPEN' and due < :today) as overdue
                  from rectification
                """)
                .bind("today", today)
                .map(row -> new long[] {row.get("open", Long.class), row.get("overdue", Long.class)})
                .one();
    }

    private record RoundRow(long id, String title, String kind, int fiscalYear, long draft, long submitted,
            long returned, long approved, long late) {

        long count(ReportState state) {
            return switch (state) {
                case DRAFT -> draft;
                case SUBMITTED -> submitted;
                case RETURNED -> returned;
                case APPROVED -> approved;
            };
        }
    }
}
