package org.jixiao.source;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.jixiao.calendar.WorkingCalendar;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Bound indicators whose feed has gone quiet: no actual for more working days than allowed (holidays and 调休
 * make-up days counted by the statutory calendar). One statement reads every binding with its latest actual. The
 * allowance comes from the checks' configuration ({@code jixiao.checks.measurement-missing-after-working-days}).
 */
public class MissingMeasurements {

    static final int LISTED = 50;

    private final DatabaseClient db;
    private final WorkingCalendar calendar;
    private final int allowedWorkingDays;
    private final Clock clock;

    public MissingMeasurements(DatabaseClient db, WorkingCalendar calendar, int allowedWorkingDays, Clock clock) {
        this.db = db;
        this.calendar = calendar;
        this.allowedWorkingDays = allowedWorkingDays;
        this.clock = clock;
    }

    public Mono<Summary> find() {
        return feeds(null).collectList().map(feeds -> {
            List<Long> quiet = feeds.stream().filter(Feed::quiet).map(Feed::indicatorId).toList();
            return new Summary(feeds.size(), quiet.size(), quiet.stream().limit(LISTED).toList(),
                    allowedWorkingDays);
        });
    }

    /**
     * The bound indicators of the given projects (all when {@code projectIds} is {@code null}) without an actual for
     * longer than allowed, with the day of their last actual.
     */
    public Flux<Feed> quietFeeds(Collection<Long> projectIds) {
        return feeds(projectIds).filter(Feed::quiet);
    }

    private Flux<Feed> feeds(Collection<Long> projectIds) {
        LocalDate today = LocalDate.now(clock);
        int allowed = allowedWorkingDays;
        return db.sql("""
                select s.indicator_id, s.bound_at, max(m.observed_at) as latest
                  from indicator_source s left join measurement m on m.indicator_id = s.indicator_id
                 where :all or s.indicator_id in (select id from indicator where project_id = any(:projects::bigint[]))
                 group by s.indicator_id, s.bound_at
                 order by s.indicator_id
                """)
                .bind("all", projectIds == null)
                .bind("projects", projectIds == null ? new Long[0] : projectIds.toArray(Long[]::new))
                .map(row -> {
                    OffsetDateTime latest = row.get("latest", OffsetDateTime.class);
                    OffsetDateTime since = latest != null ? latest : row.get("bound_at", OffsetDateTime.class);
                    LocalDate lastDay = since.atZoneSameInstant(clock.getZone()).toLocalDate();
                    int workingDays = calendar.workingDaysBetween(lastDay, today);
                    return new Feed(row.get("indicator_id", Long.class), lastDay, latest != null, workingDays,
                            workingDays > allowed);
                })
                .all();
    }

    /**
     * A bound indicator's feed.
     *
     * @param since the day of its latest actual, or of its binding when it has none
     * @param measured whether it has any actual at all
     * @param workingDays working days from {@code since} to today
     */
    public record Feed(long indicatorId, LocalDate since, boolean measured, int workingDays, boolean quiet) {
    }

    /** How many bound indicators were checked, how many are missing actuals, and the first of them. */
    public record Summary(int bound, int missing, List<Long> indicators, int afterWorkingDays) {
    }
}
