package org.jixiao.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jixiao.calendar.WorkingCalendar;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Bound indicators whose feed has gone quiet: no actual for more working days than allowed (holidays and 调休
 * make-up days counted by the statutory calendar). One statement reads every binding with its latest actual.
 */
@Component
public class MissingMeasurements {

    static final int LISTED = 50;

    private final DatabaseClient db;
    private final WorkingCalendar calendar;
    private final ChecksProperties properties;
    private final Clock clock;

    public MissingMeasurements(DatabaseClient db, WorkingCalendar calendar, ChecksProperties properties,
            Clock clock) {
        this.db = db;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    public Mono<Summary> find() {
        LocalDate today = LocalDate.now(clock);
        int allowed = properties.measurementMissingAfterWorkingDays();
        return db.sql("""
                select s.indicator_id, s.bound_at, max(m.observed_at) as latest
                  from indicator_source s left join measurement m on m.indicator_id = s.indicator_id
                 group by s.indicator_id, s.bound_at
                 order by s.indicator_id
                """)
                .map(row -> {
                    OffsetDateTime latest = row.get("latest", OffsetDateTime.class);
                    OffsetDateTime since = latest != null ? latest : row.get("bound_at", OffsetDateTime.class);
                    LocalDate lastDay = since.atZoneSameInstant(clock.getZone()).toLocalDate();
                    boolean quiet = calendar.workingDaysBetween(lastDay, today) > allowed;
                    return quiet ? row.get("indicator_id", Long.class) : -1L;
                })
                .all()
                .collectList()
                .map(ids -> {
                    List<Long> quiet = ids.stream().filter(id -> id >= 0).toList();
                    return new Summary(ids.size(), quiet.size(), quiet.stream().limit(LISTED).toList(), allowed);
                });
    }

    /** How many bound indicators were checked, how many are missing actuals, and the first of them. */
    public record Summary(int bound, int missing, List<Long> indicators, int afterWorkingDays) {
    }
}
