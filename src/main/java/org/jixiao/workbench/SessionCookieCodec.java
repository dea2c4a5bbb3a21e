package org.jixiao.workbench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Session cookies signed with HMAC-SHA256: {@code v1.<account>.<session version>.<expiry epoch seconds>.<signature>}.
 * Nothing secret is in them, and nothing in them can be changed without the key, so any replica holding the key can
 * tell a session from a forgery without a shared session store, also after a restart.
 */
public final class SessionCookieCodec {

    private static final String VERSION = "v1";
    private static final String ALGORITHM = "HmacSHA256";
    public static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;

    public SessionCookieCodec(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a session key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    public String encode(SessionTicket ticket) {
        String payload = VERSION + "." + ticket.accountId() + "." + ticket.sessionVersion() + "."
                + ticket.expiresAt().getEpochSecond();
        return payload + "." + sign(payload);
    }

    /** The ticket if the value is well formed, signed with this key and not expired at {@code now}. */
    public Optional<SessionTicket> decode(String value, Instant now) {
        if (value == null) {
            return Optional.empty();
        }
        int lastDot = value.lastIndexOf('.');
        if (lastDot < 0) {
            return Optional.empty();
        }
        String payload = value.substring(0, lastDot);
        byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, value.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\.");
        if (parts.length != 4 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            SessionTicket ticket = new SessionTicket(Long.parseLong(parts[1]), Integer.parseInt(parts[2]),
                    Instant.ofEpochSecond(Long.parseLong(parts[3])));
            return now.isBefore(ticket.expiresAt()) ? Optional.of(ticket) : Optional.empty();
        }
        catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
        }
    }
}
