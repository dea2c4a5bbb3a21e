package org.jixiao.workbench;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SessionCookieCodecTests {

    private static final Instant NOW = Instant.parse("2025-12-01T01:00:00Z");
    private static final SessionTicket TICKET = new SessionTicket(7, 3, NOW.plus(Duration.ofHours(8)));

    private final SessionCookieCodec codec = new SessionCookieCodec(key(1));

    @Test
    void aCookieMadeWithAKeyIsReadBackByAnyCodecWithThatKey() {
        String cookie = codec.encode(TICKET);

        assertThat(cookie).startsWith("v1.7.3.").doesNotContain("=", "+", "/", ";", ",", " ");
        assertThat(new SessionCookieCodec(key(1)).decode(cookie, NOW)).contains(TICKET);
    }

    @Test
    void anotherKeyAChangedFieldOrAForgedSignatureIsRefused() {
        String cookie = codec.encode(TICKET);

        assertThat(new SessionCookieCodec(key(2)).decode(cookie, NOW)).isEmpty();
        assertThat(codec.decode(cookie.replace("v1.7.3.", "v1.8.3."), NOW)).as("another account").isEmpty();
        assertThat(codec.decode(cookie.replace("v1.7.3.", "v1.7.4."), NOW)).as("another version").isEmpty();
        assertThat(codec.decode(cookie.substring(0, cookie.length() - 1) + "A", NOW)).isEmpty();
        assertThat(codec.decode("v1.7.3", NOW)).isEmpty();
        assertThat(codec.decode("", NOW)).isEmpty();
        assertThat(codec.decode(null, NOW)).isEmpty();
    }

    @Test
    void anExpiredCookieIsRefused() {
        String cookie = codec.encode(TICKET);

        assertThat(codec.decode(cookie, TICKET.expiresAt().minusSeconds(1))).isPresent();
        assertThat(codec.decode(cookie, TICKET.expiresAt())).isEmpty();
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SessionCookieCodec(new byte[16]));
    }

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }
}
