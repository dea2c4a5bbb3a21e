package org.jixiao.alert.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import static org.jixiao.system.database.Timestamps.utc;

/**
 * Keeps each chat robot within its rate limit (domain §8) across every instance: sends are recorded in
 * {@code robot_send}, and a send is allowed only while the robot's windows have room. The check and the record are
 * one transaction under a lock per robot, so two instances cannot both take the last slot. A robot is identified by
 * its URL (several subscriptions may share one robot).
 */
@Component
public class RobotRateLimiter {

    private final DatabaseClient db;
    private final TransactionalOperator tx;

    public RobotRateLimiter(DatabaseClient db, TransactionalOperator tx) {
        this.db = db;
        this.tx = tx;
    }

    /** Empty when a message may go now (the send is then counted); otherwise when to try again. */
    public Mono<Optional<Instant>> reserve(ChannelType type, String url, Instant now) {
        RobotLimits limits = RobotLimits.of(type);
        Duration longest = limits.windows().stream().map(RobotLimits.Window::per).max(Duration::compareTo)
                .orElseThrow();
        return db.sql("select pg_advisory_xact_lock(hashtext(md5(:url)))").bind("url", url).then()
                .then(db.sql("""
                        select sent_at from robot_send where robot_key = md5(:url) and sent_at > :since
                         order by sent_at
                        """)
                        .bind("url", url)
                        .bind("since", utc(now.minus(longest)))
                        .map(row -> row.get("sent_at", OffsetDateTime.class).toInstant())
                        .all().collectList())
                .map(sends -> nextFree(limits, sends, now))
                .flatMap(wait -> wait.isPresent() ? Mono.just(wait)
                        : db.sql("""
                                with forget as (delete from robot_send where robot_key = md5(:url)
                                                   and sent_at < :hourAgo)
                                insert into robot_send (robot_key, sent_at) values (md5(:url), :now)
                                """)
                                .bind("url", url)
                                .bind("hourAgo", utc(now.minus(Duration.ofHours(1))))
                                .bind("now", utc(now))
                                .fetch().rowsUpdated().thenReturn(wait))
                .as(tx::transactional);
    }

    /** When the fullest window has room again: its oldest send leaves it; empty when every window has room now. */
    static Optional<Instant> nextFree(RobotLimits limits, List<Instant> sends, Instant now) {
        Instant free = null;
        for (RobotLimits.Window window : limits.windows()) {
            List<Instant> inWindow = sends.stream().filter(sent -> sent.isAfter(now.minus(window.per()))).toList();
            if (inWindow.size() >= window.messages()) {
                Instant leaves = inWindow.get(inWindow.size() - window.messages()).plus(window.per());
                free = free == null || leaves.isAfter(free) ? leaves : free;
            }
        }
        return Optional.ofNullable(free);
    }
}
