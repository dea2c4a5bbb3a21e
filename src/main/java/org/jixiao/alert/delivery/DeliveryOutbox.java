package org.jixiao.alert.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jixiao.alert.AlertNotifier;
import org.jixiao.alert.NotificationEvent;
import org.jixiao.alert.Severity;
import org.jixiao.calendar.WorkingCalendar;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import static org.jixiao.system.database.Timestamps.instant;
import static org.jixiao.system.database.Timestamps.utc;

/**
 * Writes notifications into the outbox, in the caller's transaction: one statement matches the alerts against every
 * subscription (department, project, kinds, minimum severity) and leaves out the silenced ones; each match joins the
 * message its subscriber has open for the alert's group, or opens one, due after the group wait or interval
 * ({@link MessageGrouping}). Chat robots get messages without a critical alert only after quiet hours.
 */
@Repository
class DeliveryOutbox implements AlertNotifier {

    private static final Comparator<Group> GROUP_ORDER = Comparator.comparingLong(Group::subscriptionId)
            .thenComparing(Group::key);

    private final DatabaseClient db;
    private final MessageGrouping grouping;
    private final QuietHours quietHours;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final DeliveryClock deliveryClock;

    DeliveryOutbox(DatabaseClient db, MessageGrouping grouping, QuietHours quietHours, WorkingCalendar calendar,
            Clock clock, DeliveryClock deliveryClock) {
        this.db = db;
        this.grouping = grouping;
        this.quietHours = quietHours;
        this.calendar = calendar;
        this.clock = clock;
        this.deliveryClock = deliveryClock;
    }

    /**
     * Writes one row per matching subscriber and alert, each into its group's message; answers how many rows.
     * Silences are judged at the business time {@code now}, like the alerts; when messages are due is real time,
     * which the worker goes by.
     */
    @Override
    public Mono<Long> enqueue(List<Long> alertIds, List<NotificationEvent> events, Instant now) {
        if (alertIds.isEmpty()) {
            return Mono.just(0L);
        }
        Instant written = deliveryClock.instant();
        return db.sql("""
                select a.id, e.event, a.severity, a.department_code, s.id as subscription_id, s.channel_type,
                       s.recipient
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
                .map(row -> new Match(row.get("id", Long.class), row.get("event", String.class),
                        Severity.valueOf(row.get("severity", String.class)),
                        new Group(row.get("subscription_id", Long.class),
                                MessageGrouping.groupKey(row.get("department_code", String.class))),
                        ChannelType.valueOf(row.get("channel_type", String.class)), row.get("recipient", String.class)))
                .all().collectList()
                .flatMap(matches -> matches.isEmpty() ? Mono.just(0L) : queue(matches, written));
    }

    private Mono<Long> queue(List<Match> matches, Instant written) {
        // In a fixed order, so that two writers queueing for the same groups lock their messages in the same order.
        Map<Group, List<Match>> groups = new TreeMap<>(GROUP_ORDER);
        matches.forEach(match -> groups.computeIfAbsent(match.group(), any -> new ArrayList<>()).add(match));
        return previous(List.copyOf(groups.keySet())).flatMap(previous -> {
            List<Proposal> proposals = new ArrayList<>();
            groups.forEach((group, members) -> {
                Instant due = grouping.firstDue(written, previous.get(group));
                Match first = members.getFirst();
                boolean robot = first.channel().isChatRobot();
                boolean critical = members.stream().anyMatch(match -> match.severity() == Severity.CRITICAL);
                // Non-critical chat messages wait for the end of quiet hours: phones ring in real time.
                Instant next = robot && !critical ? quietHours.releaseAt(due, clock.getZone(), calendar::isWorkingDay)
                        : due;
                proposals.add(new Proposal(group, first.channel(), first.recipient(), due, next, robot && critical));
            });
            return open(proposals, written)
                    .flatMap(messages -> wakeHeld(proposals, messages).then(insertRows(matches, messages, written)));
        });
    }

    /** When each group's last message was first tried, for the group interval. */
    private Mono<Map<Group, Instant>> previous(List<Group> groups) {
        return db.sql("""
                select m.subscription_id, m.group_key, max(m.sealed_at) as previous
                  from alert_message m
                  join unnest(:subscriptions::bigint[], :keys::text[]) as g(subscription_id, group_key)
                    on m.subscription_id = g.subscription_id and m.group_key = g.group_key
                 where m.sealed_at is not null and m.state <> 'CANCELLED'
                 group by m.subscription_id, m.group_key
                """)
                .bind("subscriptions", groups.stream().map(Group::subscriptionId).toArray(Long[]::new))
                .bind("keys", groups.stream().map(Group::key).toArray(String[]::new))
                .map(row -> Map.entry(new Group(row.get("subscription_id", Long.class),
                        row.get("group_key", String.class)), instant(row, "previous")))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    /**
     * The open message of each group: the one not yet tried, joined (and locked until this transaction ends), or a
     * new one. A writer that meets another's new message on the unique index waits for it and then joins it.
     */
    private Mono<Map<Group, Long>> open(List<Proposal> proposals, Instant written) {
        return db.sql("""
                insert into alert_message (subscription_id, channel_type, recipient, group_key, state, group_due_at,
                    next_attempt_at, created_at)
                select p.subscription_id, p.channel_type, p.recipient, p.group_key, 'PENDING', p.due, p.next, :written
                  from unnest(:subscriptions::bigint[], :channels::text[], :recipients::text[], :keys::text[],
                              :due::timestamptz[], :next::timestamptz[]) with ordinality
                       as p(subscription_id, channel_type, recipient, group_key, due, next, position)
                 order by p.position
                on conflict (subscription_id, group_key) where sealed_at is null
                do update set recipient = excluded.recipient
                returning id, subscription_id, group_key
                """)
                .bind("subscriptions", proposals.stream().map(proposal -> proposal.group().subscriptionId())
                        .toArray(Long[]::new))
                .bind("channels", proposals.stream().map(proposal -> proposal.channel().name()).toArray(String[]::new))
                .bind("recipients", proposals.stream().map(Proposal::recipient).toArray(String[]::new))
                .bind("keys", proposals.stream().map(proposal -> proposal.group().key()).toArray(String[]::new))
                .bind("due", proposals.stream().map(proposal -> utc(proposal.due())).toArray(OffsetDateTime[]::new))
                .bind("next", proposals.stream().map(proposal -> utc(proposal.next())).toArray(OffsetDateTime[]::new))
                .bind("written", utc(written))
                .map(row -> Map.entry(new Group(row.get("subscription_id", Long.class),
                        row.get("group_key", String.class)), row.get("id", Long.class)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    /** A critical alert that joins a robot message held for quiet hours lets it go when its group is due. */
    private Mono<Void> wakeHeld(List<Proposal> proposals, Map<Group, Long> messages) {
        Long[] waking = proposals.stream().filter(Proposal::critical).map(proposal -> messages.get(proposal.group()))
                .toArray(Long[]::new);
        if (waking.length == 0) {
            return Mono.empty();
        }
        return db.sql("""
                update alert_message set next_attempt_at = least(next_attempt_at, group_due_at)
                 where id = any(:ids::bigint[]) and sealed_at is null
                """)
                .bind("ids", waking)
                .fetch().rowsUpdated().then();
    }

    private Mono<Long> insertRows(List<Match> matches, Map<Group, Long> messages, Instant written) {
        return db.sql("""
                insert into alert_delivery (alert_id, subscription_id, channel_type, recipient, event, severity,
                    message_id, state, created_at)
                select r.alert_id, r.subscription_id, r.channel_type, r.recipient, r.event, r.severity, r.message_id,
                       'GROUPED', :written
                  from unnest(:alerts::bigint[], :subscriptions::bigint[], :channels::text[], :recipients::text[],
                              :events::text[], :severities::text[], :messages::bigint[])
                       as r(alert_id, subscription_id, channel_type, recipient, event, severity, message_id)
                """)
                .bind("alerts", matches.stream().map(Match::alertId).toArray(Long[]::new))
                .bind("subscriptions", matches.stream().map(match -> match.group().subscriptionId())
                        .toArray(Long[]::new))
                .bind("channels", matches.stream().map(match -> match.channel().name()).toArray(String[]::new))
                .bind("recipients", matches.stream().map(Match::recipient).toArray(String[]::new))
                .bind("events", matches.stream().map(Match::event).toArray(String[]::new))
                .bind("severities", matches.stream().map(match -> match.severity().name()).toArray(String[]::new))
                .bind("messages", matches.stream().map(match -> messages.get(match.group())).toArray(Long[]::new))
                .bind("written", utc(written))
                .fetch().rowsUpdated();
    }

    /** A subscriber's group: the subscription and the labels its alerts share. */
    private record Group(long subscriptionId, String key) {
    }

    /** An alert a subscriber is to hear about. */
    private record Match(long alertId, String event, Severity severity, Group group, ChannelType channel,
            String recipient) {
    }

    /**
     * A group's message as this write would open it.
     *
     * @param due when the group wait or interval lets it go
     * @param next when it goes: {@code due}, or the end of quiet hours for a chat robot
     * @param critical a chat robot's message with a critical alert, which quiet hours do not hold
     */
    private record Proposal(Group group, ChannelType channel, String recipient, Instant due, Instant next,
            boolean critical) {
    }
}
