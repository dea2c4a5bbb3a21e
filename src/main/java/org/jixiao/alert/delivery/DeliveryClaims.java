package org.jixiao.alert.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.jixiao.alert.AlertFacts;
import org.jixiao.alert.AlertKind;
import org.jixiao.alert.AlertState;
import org.jixiao.alert.NotificationEvent;
import org.jixiao.alert.Severity;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;

import static org.jixiao.system.database.Timestamps.instant;
import static org.jixiao.system.database.Timestamps.utc;

/**
 * The outbox seen from the sending side. A claim takes due messages with {@code FOR UPDATE SKIP LOCKED}, so instances
 * never take the same one, and leases them: the message stays pending, and a lease left behind by an instance that
 * stopped mid-send runs out and the message is taken again (at-least-once, with the same idempotency key). The first
 * claim seals a message: no alert joins it afterwards.
 */
@Repository
public class DeliveryClaims {

    /** Rows of the previous release taken over per tick; more wait for the next one. */
    private static final int LEGACY_BATCH = 500;

    private final DatabaseClient db;
    private final JsonMapper json;
    private final TransactionalOperator tx;

    DeliveryClaims(DatabaseClient db, JsonMapper json, TransactionalOperator tx) {
        this.db = db;
        this.json = json;
        this.tx = tx;
    }

    Flux<ClaimedMessage> claim(String instance, Instant now, Duration lease, int batchSize) {
        // Two statements on purpose: a writer that joined a message holds its row lock until it commits, and the lock
        // above skips such a message; once it is sealed no writer joins it. So the second statement, a fresh
        // snapshot taken after the seal, sees every alert the message will ever carry.
        return db.sql("""
                with due as (
                    select id from alert_message
                     where state = 'PENDING' and next_attempt_at <= :now
                       and (lease_until is null or lease_until <= :now)
                     order by next_attempt_at, id
                     limit :batch
                     for update skip locked)
                update alert_message m set lease_until = :leaseUntil, claimed_by = :instance,
                       sealed_at = coalesce(m.sealed_at, :now)
                  from due where m.id = due.id
                returning m.id
                """)
                .bind("now", utc(now))
                .bind("leaseUntil", utc(now.plus(lease)))
                .bind("instance", instance)
                .bind("batch", batchSize)
                .map(row -> row.get("id", Long.class))
                .all().collectList()
                .flatMapMany(ids -> ids.isEmpty() ? Flux.empty() : read(ids));
    }

    /** The messages with their rows; each alert as it is now, not as it was when the row was written. */
    private Flux<ClaimedMessage> read(List<Long> ids) {
        return db.sql("""
                select m.id, m.subscription_id, m.group_key, m.attempts, m.sealed_at,
                       s.channel_type, s.address, s.url, s.secret, s.language,
                       d.id as delivery_id, d.event,
                       a.id as alert_id, a.kind, a.severity, a.state as alert_state, a.project_id, a.facts,
                       a.fired_at, a.resolved_at
                  from alert_message m
                  left join alert_subscription s on s.id = m.subscription_id
                  left join (alert_delivery d join alert a on a.id = d.alert_id) on d.message_id = m.id
                 where m.id = any(:ids::bigint[])
                 order by m.id, d.id
                """)
                .bind("ids", ids.toArray(Long[]::new))
                .map(row -> new Row(message(row), notification(row), row.get("alert_state", String.class) == null
                        ? null : AlertState.valueOf(row.get("alert_state", String.class))))
                .all().collectList()
                .flatMapIterable(DeliveryClaims::assemble);
    }

    private static List<ClaimedMessage> assemble(List<Row> rows) {
        Map<Long, ClaimedMessage> messages = new LinkedHashMap<>();
        Map<Long, List<Notification>> queued = new LinkedHashMap<>();
        for (Row row : rows) {
            messages.putIfAbsent(row.message().id(), row.message());
            List<Notification> notifications = queued.computeIfAbsent(row.message().id(), id -> new ArrayList<>());
            if (row.notification() != null && !MessageGrouping.outlived(row.notification(), row.alertState())) {
                notifications.add(row.notification());
            }
        }
        return messages.values().stream().map(message -> new ClaimedMessage(message.id(), message.subscriptionId(),
                message.groupKey(), message.attempts(), message.firstTriedAt(), message.to(),
                queued.get(message.id()))).toList();
    }

    Mono<Void> sent(long id, Instant now, int alerts) {
        return db.sql("""
                update alert_message set state = 'SENT', sent_at = :now, attempts = attempts + 1, lease_until = null,
                       last_error = null, alert_count = :alerts
                 where id = :id
                """)
                .bind("id", id)
                .bind("now", utc(now))
                .bind("alerts", alerts)
                .fetch().rowsUpdated().then();
    }

    /** Records a failed try: the message waits for {@code next}, or is marked failed when it is {@code null}. */
    Mono<Void> failed(long id, Instant next, String error, Instant now) {
        return db.sql("""
                update alert_message
                   set attempts = attempts + 1, lease_until = null, last_error = :error,
                       state = case when cast(:next as timestamptz) is null then 'FAILED' else 'PENDING' end,
                       next_attempt_at = coalesce(:next, next_attempt_at),
                       failed_at = case when cast(:next as timestamptz) is null then :now end
                 where id = :id
                """)
                .bind("id", id)
                .bind("next", Parameter.fromOrEmpty(next == null ? null : utc(next), OffsetDateTime.class))
                .bind("error", error)
                .bind("now", utc(now))
                .fetch().rowsUpdated().then();
    }

    /** Puts a message back untried, to go at {@code at}: the robot's rate limit had no room. */
    Mono<Void> defer(long id, Instant at) {
        return db.sql("update alert_message set next_attempt_at = :at, lease_until = null where id = :id")
                .bind("id", id)
                .bind("at", utc(at))
                .fetch().rowsUpdated().then();
    }

    Mono<Void> cancel(long id, String reason) {
        return db.sql("""
                update alert_message set state = 'CANCELLED', last_error = :reason, lease_until = null
                 where id = :id
                """)
                .bind("id", id)
                .bind("reason", reason)
                .fetch().rowsUpdated().then();
    }

    /**
     * Takes over the one-alert rows that replicas of the previous release queued (during a rolling update): each
     * becomes a sealed message of its own, under its own number, so that it keeps its idempotency key. Rows such a
     * replica has leased are left to it.
     */
    Mono<Long> adoptLegacyRows(Instant now) {
        return db.sql("""
                select d.id, d.subscription_id, d.channel_type, d.recipient, d.next_attempt_at, d.attempts,
                       d.last_error, d.created_at, a.department_code
                  from alert_delivery d join alert a on a.id = d.alert_id
                 where d.state = 'PENDING' and d.message_id is null
                   and (d.lease_until is null or d.lease_until <= :now)
                 order by d.id
                 limit :batch
                 for update of d skip locked
                """)
                .bind("now", utc(now))
                .bind("batch", LEGACY_BATCH)
                .map(row -> new LegacyRow(row.get("id", Long.class), row.get("subscription_id", Long.class),
                        row.get("channel_type", String.class), row.get("recipient", String.class),
                        instant(row, "next_attempt_at"), row.get("attempts", Integer.class),
                        row.get("last_error", String.class), instant(row, "created_at"),
                        MessageGrouping.groupKey(row.get("department_code", String.class))))
                .all().collectList()
                .flatMap(rows -> rows.isEmpty() ? Mono.just(0L) : db.sql("""
                        with made as (
                            insert into alert_message (id, subscription_id, channel_type, recipient, group_key, state,
                                group_due_at, next_attempt_at, sealed_at, attempts, last_error, created_at)
                            select l.id, l.subscription, l.channel, l.recipient, l.group_key, 'PENDING', l.due, l.due,
                                   l.created, l.attempts, l.error, l.created
                              from unnest(:ids::bigint[], :subscriptions::bigint[], :channels::text[],
                                          :recipients::text[], :groupKeys::text[], :due::timestamptz[],
                                          :attempts::int[], :errors::text[], :created::timestamptz[])
                                   as l(id, subscription, channel, recipient, group_key, due, attempts, error, created)
                            returning id)
                        update alert_delivery d set state = 'GROUPED', message_id = made.id, lease_until = null
                          from made where d.id = made.id
                        """)
                        .bind("ids", rows.stream().map(LegacyRow::id).toArray(Long[]::new))
                        .bind("subscriptions", rows.stream().map(LegacyRow::subscriptionId).toArray(Long[]::new))
                        .bind("channels", rows.stream().map(LegacyRow::channel).toArray(String[]::new))
                        .bind("recipients", rows.stream().map(LegacyRow::recipient).toArray(String[]::new))
                        .bind("groupKeys", rows.stream().map(LegacyRow::groupKey).toArray(String[]::new))
                        .bind("due", rows.stream().map(row -> utc(row.due())).toArray(OffsetDateTime[]::new))
                        .bind("attempts", rows.stream().map(LegacyRow::attempts).toArray(Integer[]::new))
                        .bind("errors", rows.stream().map(LegacyRow::error).toArray(String[]::new))
                        .bind("created", rows.stream().map(row -> utc(row.created())).toArray(OffsetDateTime[]::new))
                        .fetch().rowsUpdated())
                .as(tx::transactional);
    }

    /** Every message of an alert, with the state of the grouped message that carries it. */
    public Flux<Delivery> ofAlert(long alertId) {
        return db.sql("""
                select d.id, d.alert_id, d.subscription_id, d.channel_type, d.recipient, d.event, d.created_at,
                       d.message_id, m.group_key,
                       coalesce(m.state, d.state) as state, coalesce(m.attempts, d.attempts) as attempts,
                       case when coalesce(m.state, d.state) = 'PENDING'
                            then coalesce(m.next_attempt_at, d.next_attempt_at) end as next_attempt_at,
                       coalesce(m.last_error, d.last_error) as last_error,
                       coalesce(m.alert_count, d.digest_size) as alerts,
                       coalesce(m.sent_at, d.sent_at) as sent_at, coalesce(m.failed_at, d.failed_at) as failed_at
                  from alert_delivery d left join alert_message m on m.id = d.message_id
                 where d.alert_id = :id
                 order by d.id
                """)
                .bind("id", alertId)
                .map(DeliveryClaims::delivery)
                .all();
    }

    /**
     * Messages waiting, the age of the oldest one (seconds since it was first due, 0 when none: a message still in its
     * group wait or held for quiet hours is not late) and messages given up on, for the gauges.
     */
    public Mono<long[]> outboxFigures(Instant now) {
        return db.sql("""
                select (select count(*) from alert_message where state = 'PENDING')
                       + (select count(*) from alert_delivery where state = 'PENDING') as pending,
                       (select min(coalesce(sealed_at, next_attempt_at)) from alert_message
                         where state = 'PENDING' and (sealed_at is not null or next_attempt_at <= :now)) as oldest,
                       (select count(*) from alert_message where state = 'FAILED')
                       + (select count(*) from alert_delivery where state = 'FAILED') as failed
                """)
                .bind("now", utc(now))
                .map(row -> {
                    OffsetDateTime oldest = row.get("oldest", OffsetDateTime.class);
                    long age = oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), now).toSeconds());
                    return new long[] {row.get("pending", Long.class), age, row.get("failed", Long.class)};
                })
                .one();
    }

    private static ClaimedMessage message(Readable row) {
        String type = row.get("channel_type", String.class);
        ChannelAddress to = type == null ? null : new ChannelAddress(ChannelType.valueOf(type),
                row.get("address", String.class), row.get("url", String.class), row.get("secret", String.class),
                row.get("language", String.class));
        return new ClaimedMessage(row.get("id", Long.class), row.get("subscription_id", Long.class),
                row.get("group_key", String.class), row.get("attempts", Integer.class), instant(row, "sealed_at"), to,
                List.of());
    }

    private Notification notification(Readable row) {
        Long deliveryId = row.get("delivery_id", Long.class);
        if (deliveryId == null) {
            return null;
        }
        return new Notification(deliveryId, row.get("alert_id", Long.class),
                NotificationEvent.valueOf(row.get("event", String.class)),
                AlertKind.valueOf(row.get("kind", String.class)), Severity.valueOf(row.get("severity", String.class)),
                row.get("project_id", Long.class),
                json.readValue(row.get("facts", Json.class).asString(), AlertFacts.class),
                instant(row, "fired_at"), instant(row, "resolved_at"));
    }

    private static Delivery delivery(Readable row) {
        Integer alerts = row.get("alerts", Integer.class);
        return new Delivery(row.get("id", Long.class), row.get("alert_id", Long.class),
                row.get("subscription_id", Long.class), ChannelType.valueOf(row.get("channel_type", String.class)),
                row.get("recipient", String.class), NotificationEvent.valueOf(row.get("event", String.class)),
                row.get("state", String.class), row.get("attempts", Integer.class), instant(row, "next_attempt_at"),
                row.get("last_error", String.class), alerts != null && alerts > 1 ? alerts : null,
                row.get("message_id", Long.class), row.get("group_key", String.class),
                instant(row, "created_at"), instant(row, "sent_at"), instant(row, "failed_at"));
    }

    /** One line of the claim's answer: a message, and one of its rows, with its alert's state now, if it has any. */
    private record Row(ClaimedMessage message, Notification notification, AlertState alertState) {
    }

    private record LegacyRow(long id, Long subscriptionId, String channel, String recipient, Instant due,
            int attempts, String error, Instant created, String groupKey) {
    }
}
