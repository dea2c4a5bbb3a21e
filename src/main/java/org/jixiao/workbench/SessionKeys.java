package org.jixiao.workbench;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import static org.jixiao.system.database.Timestamps.utc;

/**
 * The codec for session cookies, with the configured key or else the one kept in the database: the first replica to
 * need a key makes it, the others (and later starts) read the same row.
 */
@Component
public class SessionKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Mono<SessionCookieCodec> codec;

    SessionKeys(WorkbenchProperties properties, DatabaseClient db, Clock clock) {
        String configured = properties.session().key();
        Mono<byte[]> key = configured != null && !configured.isBlank()
                ? Mono.fromCallable(() -> Base64.getDecoder().decode(configured.strip()))
                : Mono.defer(() -> stored(db, clock));
        // Kept once found; a failure (database not reachable) is tried again on the next request.
        this.codec = key.map(SessionCookieCodec::new)
                .cache(found -> Duration.ofMillis(Long.MAX_VALUE), failure -> Duration.ZERO,
                        () -> Duration.ZERO);
    }

    public Mono<SessionCookieCodec> codec() {
        return codec;
    }

    private static Mono<byte[]> stored(DatabaseClient db, Clock clock) {
        byte[] fresh = new byte[SessionCookieCodec.MIN_KEY_BYTES];
        RANDOM.nextBytes(fresh);
        return db.sql("insert into session_key (id, secret, created_at) values (1, :secret, :now)"
                        + " on conflict (id) do nothing")
                .bind("secret", ByteBuffer.wrap(fresh)).bind("now", utc(clock.instant()))
                .fetch().rowsUpdated()
                .then(db.sql("select secret from session_key where id = 1")
                        .map(row -> {
                            ByteBuffer secret = row.get("secret", ByteBuffer.class);
                            byte[] bytes = new byte[secret.remaining()];
                            secret.get(bytes);
                            return bytes;
                        }).one());
    }
}
