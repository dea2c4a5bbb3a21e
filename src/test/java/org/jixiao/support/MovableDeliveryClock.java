package org.jixiao.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jixiao.alert.delivery.DeliveryClock;

/**
 * The delivery clock of the integration contexts: the real time, as in production, plus an offset a test can move
 * forward to skip a long wait (a robot's ten-minute ban, a claim's lease). Tests that move it put it back
 * ({@link #reset}), because the context is shared. Robots on loopback ({@link RobotPeer}) take {@link #asClock()}, so
 * that they judge signatures and rate limits by the same time as the senders.
 */
public final class MovableDeliveryClock implements DeliveryClock {

    private final MovableClock time = new MovableClock(Clock.systemUTC());

    public void advance(Duration by) {
        time.advance(by);
    }

    public void reset() {
        time.reset();
    }

    @Override
    public Instant instant() {
        return time.instant();
    }

    public Clock asClock() {
        return time;
    }
}
