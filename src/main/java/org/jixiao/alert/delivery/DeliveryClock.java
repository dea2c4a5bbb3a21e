package org.jixiao.alert.delivery;

import java.time.Clock;
import java.time.Instant;

/**
 * The time the outbox is worked by: when a message is written and due, how long a failure waits, how long a claim
 * holds, when a robot's rate-limit window has room, and the timestamps robots check signatures against. It is the
 * real time even when {@code jixiao.clock.fixed} pins the business clock: a pinned clock never moves, so a retry
 * scheduled on it would never fall due, and robots refuse a signature an hour away from their own clock. The
 * alerts themselves (when they fired, were acknowledged, resolved) stay on the business clock.
 */
@FunctionalInterface
public interface DeliveryClock {

    Instant instant();

    /** The real time, in UTC; the only one production uses. */
    static DeliveryClock system() {
        return Clock.systemUTC()::instant;
    }
}
