package org.jixiao.alert.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.jixiao.alert.AlertFacts;
import org.jixiao.alert.AlertKind;
import org.jixiao.alert.NotificationEvent;
import org.jixiao.alert.Severity;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import static org.jixiao.system.database.Timestamps.instant;
import static org.jixiao.system.database.Timestamps.utc;

/**
 * The outbox seen from the sending side. A claim takes due rows with {@code FOR UPDATE SKIP LOCKED}, so instances
 * never take the same row, and leases them: the row stays pending, and a lease left behind by an instance that
 * stopped mid-send runs out and the row is taken again (at-least-once).
 */
@Repository
public class DeliveryClaims {

    private final DatabaseClient db;
    private final JsonMapper json;

    DeliveryClaims(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    Flux<ClaimedDelivery> claim(String instance, Instant now, Duration lease, int batchSize) {
        return db.sql("""
                with due as (
                    select id from alert_delivery
                     where state = 'PENDING' and next_attempt_at <= :now
                       and (lease_until is null or lease_until <= :now)
                     order by next_attempt_at, id
                     limit :batch
                     for update skip locked),
                claimed as (
                    update alert_delivery d set lease_until = :leaseUntil, claimed_by = :instance
                      from due where d.id = due.id
                    returning d.*)
                select c.id, c.subscription_id, c.attempts, c.created_at, c.event, c.severity, c.facts,
                       a.id as alert_id, a.kind, a.project_id, a.fired_at, a.resolved_at,
                       s.channel_type, s.address, s.url, s.secret, s.language
                  from claimed c join alert a on a.id = c.alert_id
                  left join alert_subscription s on s.id = c.subscription_id
                 order by c.id
                """)
                .bind("now", utc(now))
                .bind("leaseUntil", utc(now.plus(lease)))
                .bind("instance", instance)
                .bind("batch", batchSize)
                .map(this::claimed)
                .all();
    }

    Mono<Void> sent(Collection<Long> ids, Instant now, int digestSize) {
        return db.sql("""
                update alert_delivery set state = 'SENT', sent_at = :now, attempts = attempts + 1, lease_until = null,
                       last_error = null, digest_size = :digest
                 where id = any(:ids::bigint[])
                """)
                .bind("ids", ids.toArray(Long[]::new))
                .bind("now", utc(now))
                .bind("digest", Parameter.fromOrEmpty(digestSize > 1 ? digestSize : null, Integer.class))
                .fetch().rowsUpdated().then();
    }

    /** Records a failed try: each row waits for its next attempt, or is marked failed when {@code next} is null. */
    Mono<Void> failed(List<Long> ids, List<Instant> next, String error, Instant now) {
        return db.sql("""
                update alert_delivery d
                   set attempts = d.attempts + 1, lease_until = null, last_error = :error,
                       state = case when f.next_attempt is null then 'FAILED' else 'PENDING' end,
                       next_attempt_at = coalesce(f.next_attempt, d.next_attempt_at),
                       failed_at = case when f.next_attempt is null then :now end
                  from unnest(:ids::bigint[], :next::timestamptz[]) as f(id, next_attempt)
                 where d.id = f.id
                """)
                .bind("ids", ids.toArray(Long[]::new))
                .bind("next", next.stream().map(at -> at == null ? null : utc(at)).toArray(OffsetDateTime[]::new))
                .bind("error", error)
                .bind("now", utc(now))
                .fetch().rowsUpdated().then();
    }

    /** Puts rows back untried, to go at {@code at}: the robot's rate limit had no room. */
    Mono<Void> defer(Collection<Long> ids, Instant at) {
        return db.sql("""
                update alert_delivery set next_attempt_at = :at, lease_until = null where id = any(:ids::bigint[])
                """)
                .bind("ids", ids.toArray(Long[]::new))
                .bind("at", utc(at))
                .fetch().rowsUpdated().then();
    }

    Mono<Void> cancel(Collection<Long> ids, String reason) {
        return db.sql("""
                update alert_delivery set state = 'CANCELLED', last_error = :reason, lease_until = null
                 where id = any(:ids::bigint[])
                """)
                .bind("ids", ids.toArray(Long[]::new))
                .bind("reason", reason)
                .fetch().rowsUpdated().then();
    }

    public Flux<Delivery> ofAlert(long alertId) {
        return db.sql("select * from alert_delivery where alert_id = :id order by id")
                .bind("id", alertId)
                .map(DeliveryClaims::delivery)
                .all();
    }

    /** Pending rows, the age of the oldest (seconds, 0 when none) and failed rows, for the gauges. */
    public Mono<long[]> outboxFigures(Instant now) {
        return db.sql("""
                select (select count(*) from alert_delivery where state = 'PENDING') as pending,
                       (select min(created_at) from alert_delivery where state = 'PENDING') as oldest,
                       (select count(*) from alert_delivery where state = 'FAILED') as failed
                """)
                .map(row -> {
                    OffsetDateTime oldest = row.get("oldest", OffsetDateTime.class);
                    long age = oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), now).toSeconds());
                    return new long[] {row.get("pending", Long.class), age, row.get("failed", Long.class)};
                })
                .one();
    }

    private ClaimedDelivery claimed(Readable row) {
        String type = row.get("channel_type", String.class);
        ChannelAddress to = type == null ? null : new ChannelAddress(ChannelType.valueOf(type),
                row.get("address", String.class), row.get("url", String.class), row.get("secret", String.class),
                row.get("language", String.class));
        Notification notification = new Notification(row.get("id", Long.class), row.get("alert_id", Long.class),
                NotificationEvent.valueOf(row.get("event", String.class)),
                AlertKind.valueOf(row.get("kind", String.class)), Severity.valueOf(row.get("severity", String.class)),
                row.get("project_id", Long.class),
                json.readValue(row.get("facts", Json.class).asString(), AlertFacts.class),
                instant(row, "fired_at"), instant(row, "resolved_at"));
        return new ClaimedDelivery(row.get("id", Long.class), row.get("subscription_id", Long.class),
                row.get("attempts", Integer.class), instant(row, "created_at"), notification, to);
    }

    private static Delivery delivery(Readable row) {
        return new Delivery(row.get("id", Long.class), row.get("alert_id", Long.class),
                row.get("subscription_id", Long.class), ChannelType.valueOf(row.get("channel_type", String.class)),
                row.get("recipient", String.class), NotificationEvent.valueOf(row.get("event", String.class)),
                row.get("state", String.class), row.get("attempts", Integer.class), instant(row, "next_attempt_at"),
                row.get("last_error", String.class), row.get("digest_size", Integer.class),
                instant(row, "created_at"), instant(row, "sent_at"), instant(row, "failed_at"));
    }
}
