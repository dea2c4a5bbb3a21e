package org.jixiao.alert.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.jixiao.alert.AlertFacts;
import org.jixiao.alert.NotificationEvent;
import org.jixiao.calendar.WorkingCalendar;
import org.jixiao.support.MigratedDatabase;
import org.jixiao.system.text.Message;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.jixiao.system.database.Timestamps.utc;

/**
 * The outbox's grouping in a real, migrated PostgreSQL: which message an alert joins, when it is due, what a claim
 * seals and reads. Every test works on subscriptions of its own and claims only what is due at its own clock.
 */
class DeliveryOutboxR2dbcTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** Business time; silences are judged at it. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-01T01:00:00Z"), BEIJING);
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration INTERVAL = Duration.ofMinutes(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DatabaseClient db = MigratedDatabase.client();
    private final TransactionalOperator tx = TransactionalOperator.create(
            new R2dbcTransactionManager(db.getConnectionFactory()));
    /** Real time as the outbox sees it; each test sets it far from the others', so that claims do not meet. */
    private final AtomicReference<Instant> now = new AtomicReference<>();
    private final DeliveryClaims claims = new DeliveryClaims(db, JSON, tx);

    @Test
    void twoWritersRaisingAlertsOfOneDepartmentAtOnceFillOneMessage() {
        now.set(Instant.parse("2030-01-01T01:00:00Z"));
        DeliveryOutbox outbox = outbox(QuietHours.OFF);
        long project = MigratedDatabase.insertProject("并发写入（分组）");
        long subscription = insertSubscription("EMAIL");
        long first = insertAlert(project, "W1", "WARNING", "甲");
        long second = insertAlert(project, "W1", "WARNING", "乙");
        CompletableFuture<Void> release = new CompletableFuture<>();

        // The first writer opens the group's message and keeps its transaction open ...
        Mono<Long> holding = outbox.enqueue(List.of(first), List.of(NotificationEvent.FIRING), CLOCK.instant())
                .flatMap(rows -> Mono.fromFuture(release).thenReturn(rows)).as(tx::transactional);
        CompletableFuture<Long> one = holding.subscribeOn(Schedulers.boundedElastic()).toFuture();
        await().atMost(TIMEOUT).until(this::locked);
        // ... the second meets it on the unique index and waits ...
        CompletableFuture<Long> two = outbox.enqueue(List.of(second), List.of(NotificationEvent.FIRING),
                CLOCK.instant()).as(tx::transactional).subscribeOn(Schedulers.boundedElastic()).toFuture();
        await().atMost(TIMEOUT).until(this::someoneWaits);
        // ... and joins it once the first commits.
        release.complete(null);
        assertThat(one.join()).isEqualTo(1);
        assertThat(two.join()).isEqualTo(1);

        assertThat(messagesOf(subscription, "PENDING")).singleElement();
        assertThat(claims.claim("test", now.get().plus(WAIT), Duration.ofMinutes(2), 50).collectList().block(TIMEOUT))
                .filteredOn(message -> message.subscriptionId() == subscription).singleElement()
                .satisfies(message -> assertThat(message.queued()).extracting(Notification::alertId)
                        .containsExactly(first, second));
    }

    @Test
    void aClaimedMessageTakesNoMoreAlertsAndTheGroupsNextWaitsTheGroupInterval() {
        now.set(Instant.parse("2030-02-01T01:00:00Z"));
        DeliveryOutbox outbox = outbox(QuietHours.OFF);
        long project = MigratedDatabase.insertProject("封存之后（分组）");
        long subscription = insertSubscription("WEBHOOK");
        long early = insertAlert(project, "W2", "WARNING", "先");
        long late = insertAlert(project, "W2", "WARNING", "后");
        long elsewhere = insertAlert(project, "W3", "WARNING", "别处");

        enqueue(outbox, early);
        Instant firstDue = now.get().plus(WAIT);
        ClaimedMessage sent = claimed(firstDue, subscription).getFirst();
        assertThat(sent.queued()).extracting(Notification::alertId).containsExactly(early);
        claims.sent(sent.id(), firstDue, 1).block(TIMEOUT);

        now.set(firstDue.plusSeconds(10));
        enqueue(outbox, late);
        enqueue(outbox, elsewhere);
        Map<String, Instant> due = dueByGroup(subscription);
        assertThat(due).as("the sealed message's group waits the interval; another department only the wait")
                .containsEntry(MessageGrouping.groupKey("W2"), firstDue.plus(INTERVAL))
                .containsEntry(MessageGrouping.groupKey("W3"), now.get().plus(WAIT));
        assertThat(claimed(firstDue.plus(INTERVAL), subscription)).hasSize(2)
                .allSatisfy(message -> assertThat(message.queued()).hasSize(1))
                .flatExtracting(message -> message.queued().stream().map(Notification::alertId).toList())
                .containsExactlyInAnyOrder(late, elsewhere);
    }

    @Test
    void quietHoursHoldARobotsMessageUntilACriticalAlertJoinsIt() {
        // 22:00 in Beijing on a Monday: quiet until 08:00 on Tuesday.
        now.set(Instant.parse("2030-03-04T14:00:00Z"));
        DeliveryOutbox outbox = outbox(new QuietHours(true, LocalTime.of(20, 0), LocalTime.of(8, 0), false));
        long project = MigratedDatabase.insertProject("夜间静默（分组）");
        long subscription = insertSubscription("DINGTALK");

        enqueue(outbox, insertAlert(project, "W4", "WARNING", "一般"));
        assertThat(dueByGroup(subscription)).containsEntry(MessageGrouping.groupKey("W4"),
                Instant.parse("2030-03-05T00:00:00Z"));

        enqueue(outbox, insertAlert(project, "W4", "CRITICAL", "严重"));
        assertThat(dueByGroup(subscription)).containsEntry(MessageGrouping.groupKey("W4"), now.get().plus(WAIT));
        assertThat(messagesOf(subscription, "PENDING")).singleElement();
    }

    @Test
    void aClaimReadsTheAlertsFactsAsTheyAreNowNotAsTheyWereWhenQueued() {
        now.set(Instant.parse("2030-04-01T01:00:00Z"));
        DeliveryOutbox outbox = outbox(QuietHours.OFF);
        long project = MigratedDatabase.insertProject("执行率（分组）");
        long subscription = insertSubscription("EMAIL");
        long alert = insertAlert(project, "W5", "WARNING", "预算执行率 0.0%");
        enqueue(outbox, alert);

        db.sql("update alert set facts = :facts::jsonb, severity = 'CRITICAL' where id = :id")
                .bind("facts", facts("预算执行率 42.5%")).bind("id", alert).fetch().rowsUpdated().block(TIMEOUT);

        assertThat(claimed(now.get().plus(WAIT), subscription)).singleElement()
                .satisfies(message -> assertThat(message.queued()).singleElement().satisfies(notification -> {
                    assertThat(notification.facts().detail()).isEqualTo(Message.verbatim("预算执行率 42.5%"));
                    assertThat(notification.severity().name()).isEqualTo("CRITICAL");
                }));
    }

    @Test
    void aRowQueuedByThePreviousReleaseBecomesAMessageOfItsOwnUnderItsOwnNumber() {
        now.set(Instant.parse("2030-05-01T01:00:00Z"));
        long project = MigratedDatabase.insertProject("滚动升级（分组）");
        long subscription = insertSubscription("WEBHOOK");
        long alert = insertAlert(project, "W6", "WARNING", "旧版本写入");
        long row = db.sql("""
                insert into alert_delivery (alert_id, subscription_id, channel_type, recipient, event, severity, facts,
                    state, next_attempt_at, created_at)
                select a.id, :subscription, 'WEBHOOK', 'http://127.0.0.1:9/', 'FIRING', a.severity, a.facts, 'PENDING',
                       :now, :now
                  from alert a where a.id = :alert
                returning id
                """)
                .bind("subscription", subscription).bind("alert", alert).bind("now", utc(now.get()))
                .map(result -> result.get("id", Long.class)).one().block(TIMEOUT);

        assertThat(claims.adoptLegacyRows(now.get()).block(TIMEOUT)).isGreaterThanOrEqualTo(1);

        assertThat(claimed(now.get(), subscription)).singleElement().satisfies(message -> {
            assertThat(message.id()).isEqualTo(row);
            assertThat(message.idempotencyKey()).isEqualTo("jixiao-delivery-" + row);
            assertThat(message.groupKey()).isEqualTo(MessageGrouping.groupKey("W6"));
        });
        assertThat(claims.ofAlert(alert).collectList().block(TIMEOUT)).singleElement()
                .satisfies(delivery -> assertThat(delivery.messageId()).isEqualTo(row));
    }

    private DeliveryOutbox outbox(QuietHours quietHours) {
        return new DeliveryOutbox(db, new MessageGrouping(WAIT, INTERVAL), quietHours, WorkingCalendar.load(List.of()),
                CLOCK, now::get);
    }

    private void enqueue(DeliveryOutbox outbox, long alert) {
        outbox.enqueue(List.of(alert), List.of(NotificationEvent.FIRING), CLOCK.instant()).as(tx::transactional)
                .block(TIMEOUT);
    }

    private List<ClaimedMessage> claimed(Instant at, long subscription) {
        return claims.claim("test", at, Duration.ofMinutes(2), 50).collectList().block(TIMEOUT).stream()
                .filter(message -> message.subscriptionId() == subscription).toList();
    }

    private List<Long> messagesOf(long subscription, String state) {
        return db.sql("select id from alert_message where subscription_id = :s and state = :state")
                .bind("s", subscription).bind("state", state)
                .map(row -> row.get("id", Long.class)).all().collectList().block(TIMEOUT);
    }

    private Map<String, Instant> dueByGroup(long subscription) {
        return db.sql("""
                select group_key, next_attempt_at from alert_message
                 where subscription_id = :s and state = 'PENDING' and sealed_at is null
                """)
                .bind("s", subscription)
                .map(row -> Map.entry(row.get("group_key", String.class),
                        row.get("next_attempt_at", java.time.OffsetDateTime.class).toInstant()))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue).block(TIMEOUT);
    }

    /** Some transaction holds a row of alert_message (the first writer's open message). */
    private boolean locked() {
        return db.sql("""
                select count(*) as n from pg_locks l join pg_class c on c.oid = l.relation
                 where c.relname = 'alert_message' and l.granted and l.mode = 'RowExclusiveLock'
                """).map(row -> row.get("n", Long.class)).one().block(TIMEOUT) > 0;
    }

    /** Some transaction waits for another's. */
    private boolean someoneWaits() {
        return db.sql("select count(*) as n from pg_locks where not granted")
                .map(row -> row.get("n", Long.class)).one().block(TIMEOUT) > 0;
    }

    private long insertSubscription(String channel) {
        return db.sql("""
                insert into alert_subscription (kinds, min_severity, channel_type, address, url, recipient, language,
                    created_by, created_at)
                values ('{}', 'INFO', :channel, 'test@example.org', 'http://127.0.0.1:9/robot', 'test', 'zh',
                        'tester', :now)
                returning id
                """)
                .bind("channel", channel).bind("now", utc(CLOCK.instant()))
                .map(row -> row.get("id", Long.class)).one().block(TIMEOUT);
    }

    private long insertAlert(long project, String department, String severity, String detail) {
        return db.sql("""
                insert into alert (identity_key, kind, project_id, department_code, period, severity, state, facts,
                    labels, notify_step, fire_count, first_fired_at, fired_at, updated_at)
                values (:key, 'BUDGET_EXECUTION_LAG', :project, :department, '2025', :severity, 'FIRING',
                        :facts::jsonb, :labels::jsonb, 1, 1, :now, :now, :now)
                returning id
                """)
                .bind("key", UUID.randomUUID().toString()).bind("project", project).bind("department", department)
                .bind("severity", severity).bind("facts", facts(detail))
                .bind("labels", JSON.writeValueAsString(Map.of("department", department, "project", "" + project)))
                .bind("now", utc(CLOCK.instant()))
                .map(row -> row.get("id", Long.class)).one().block(TIMEOUT);
    }

    private static String facts(String detail) {
        return JSON.writeValueAsString(new AlertFacts("分组测试项目", "W", "测试局", null, (LocalDate) null, null, null,
                null, Message.verbatim(detail)));
    }
}
