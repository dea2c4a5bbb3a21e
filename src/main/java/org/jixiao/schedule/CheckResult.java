package org.jixiao.schedule;

import java.time.Instant;

/** One run of a check: when, how long, and what it found (or why it failed). */
public record CheckResult(String check, Instant startedAt, long durationMillis, boolean succeeded, Object summary,
        String error) {
}
