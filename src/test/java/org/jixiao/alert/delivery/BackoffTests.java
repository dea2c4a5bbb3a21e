package org.jixiao.alert.delivery;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTests {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofHours(24));
    private final Instant written = Instant.parse("2025-12-01T01:00:00Z");

    @Test
    void doublesUpToTheMaximum() {
        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.delayAfter(5)).isEqualTo(Duration.ofSeconds(480));
        assertThat(backoff.delayAfter(6)).isEqualTo(Duration.ofMinutes(10));
        assertThat(backoff.delayAfter(60)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void waitsAtLeastAsLongAsThePeerAsks() {
        Instant now = written.plusSeconds(5);
        assertThat(backoff.nextAttempt(written, now, 1, Duration.ofMinutes(10))).isEqualTo(now.plusSeconds(600));
        assertThat(backoff.nextAttempt(written, now, 1, Duration.ofSeconds(1))).isEqualTo(now.plusSeconds(30));
    }

    @Test
    void givesUpOnceTheMessageIsOlderThanTheGiveUpTime() {
        assertThat(backoff.nextAttempt(written, written.plus(Duration.ofHours(24)).minusSeconds(1), 40, null))
                .isNotNull();
        assertThat(backoff.nextAttempt(written, written.plus(Duration.ofHours(24)), 40, null)).isNull();
    }
}
