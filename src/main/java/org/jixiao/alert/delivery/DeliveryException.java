package org.jixiao.alert.delivery;

/**
 * A message that did not get through, with the peer's own words. Every failure is retried with backoff until the
 * give-up time; {@code rateLimited} says the peer asked us to slow down, so the next try waits at least
 * {@code retryAfterSeconds} (a DingTalk robot bans a sender for ten minutes).
 */
public class DeliveryException extends RuntimeException {

    private final boolean rateLimited;
    private final long retryAfterSeconds;

    public DeliveryException(String message) {
        this(message, false, 0, null);
    }

    public DeliveryException(String message, Throwable cause) {
        this(message, false, 0, cause);
    }

    public DeliveryException(String message, boolean rateLimited, long retryAfterSeconds, Throwable cause) {
        super(message, cause);
        this.rateLimited = rateLimited;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public boolean rateLimited() {
        return rateLimited;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
