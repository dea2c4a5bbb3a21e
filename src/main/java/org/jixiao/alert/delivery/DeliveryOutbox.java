package org.jixiao.alert.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jixiao.alert.AlertNotifier;
import org.jixiao.alert.NotificationEvent;
import org.jixiao.calendar.WorkingCalendar;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import static org.jixiao.system.database.Timestamps.utc;

/**
 * Writes notifications into the outbox, in the caller's transaction: one statement matches the alerts against every
 * subscription (department, project, kinds, minimum severity) and leaves out the silenced ones. Chat robots get
 * non-critical messages only after quiet hours.
 */
@Repository
class DeliveryOutbox implements AlertNotifier {

    private final DatabaseClient db;
    private final QuietHours quietHours;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final DeliveryClock deliveryClock;

    DeliveryOutbox(DatabaseClient db, QuietHours quietHours, WorkingCalendar calendar, Clock clock,
            DeliveryClock deliveryClock) {
        this.db = db;
        this.quietHours = quietHours;
        this.calendar = calendar;
        this.clock = clock;
        this.deliveryClock = deliveryClock;
    }

    /**
     * Writes one row per matching subscriber and message; answers how many. Silences are judged at the business time
     * {@code now}, like the alerts; the row's own times (written, due) are real time, which the worker goes by.
     */
    @Override
    public Mono<Long> enqueue(List<Long> alertIds, List<NotificationEvent> events, Instant now) {
        if (alertIds.isEmpty()) {
            return Mono.just(0L);
        }
        Instant written = deliveryClock.instant();
        // Non-critical chat messages wait for the end of quiet hours (quietUntil is outside them): phones ring in
        // real time, so quiet hours are too.
        Instant quietUntil = quietHours.releaseAt(written, clock.getZone(), calendar::isWorkingDay);
        return db.sql("""
                insert into alert_delivery (alert_id, subscription_id, channel_type, recipient, event, severity,
                    facts, state, next_attempt_at, created_at)
                select a.id, s.id, s.channel_type, s.recipient, e.event, a.severity, a.facts, 'PENDING',
                       case when s.channel_type in ('DINGTALK', 'WECOM', 'FEISHU') and a.severity <> 'CRITICAL'
                            then :quietUntil else :written end,
                       :written
                  from unnest(:alertIds::bigint[], :events::text[]) as e(alert_id, event)
                  join alert a on a.id = e.alert_id
                  join alert_subscription s
                    on (s.department_code is null or s.department_code = a.department_code)
                   and (s.project_id is null or s.project_id = a.project_id)
                   and (cardinality(s.kinds) = 0 or a.kind = any(s.kinds))
                   and array_position(array['INFO', 'WARNING', 'CRITICAL'], a.severity)
                       >= array_position(array['INFO', 'WARNING', 'CRITICAL'], s.min_severity)
                 where not exists (select 1 from alert_silence x
                                    where x.starts_at <= :now and x.ends_at > :now and a.labels @> x.matchers)
                """)
                .bind("alertIds", alertIds.toArray(Long[]::new))
                .bind("events", events.stream().map(Enum::name).toArray(String[]::new))
                .bind("now", utc(now))
                .bind("written", utc(written))
                .bind("quietUntil", utc(quietUntil))
                .fetch().rowsUpdated();
    }
}
