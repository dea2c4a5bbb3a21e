package org.jixiao.alert.delivery;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed message is tried again: exponential backoff from {@code initial}, doubling per failure up to
 * {@code max}, never sooner than the peer asked for; and when to stop trying.
 */
public record Backoff(Duration initial, Duration max, Duration giveUpAfter) {

    /** The wait after the {@code failures}-th failure (1 for the first). */
    public Duration delayAfter(int failures) {
        Duration delay = initial;
        for (int i = 1; i < failures && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** The next try, or {@code null} when the message is older than the give-up time and is marked failed. */
    public Instant nextAttempt(Instant written, Instant now, int failures, Duration peerAskedToWait) {
        if (!now.isBefore(written.plus(giveUpAfter))) {
            return null;
        }
        Duration wait = delayAfter(failures);
        if (peerAskedToWait != null && peerAskedToWait.compareTo(wait) > 0) {
            wait = peerAskedToWait;
        }
        return now.plus(wait);
    }
}
