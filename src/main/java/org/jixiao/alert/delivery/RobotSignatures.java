package org.jixiao.alert.delivery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signatures of the robots that sign (domain §8). Both robots refuse a timestamp more than an hour away from
 * their own clock, so the time is an argument: the senders take it from the real time ({@link DeliveryClock}).
 */
public final class RobotSignatures {

    private static final String HMAC_SHA256 = "HmacSHA256";

    private RobotSignatures() {
    }

    /**
     * DingTalk: Base64(HmacSHA256(key = secret, data = ms-timestamp + "\n" + secret)), URL-encoded for the query.
     */
    public static String dingTalkSign(String secret, long timestampMillis) {
        byte[] mac = hmacSha256(secret.getBytes(StandardCharsets.UTF_8),
                (timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
        return URLEncoder.encode(Base64.getEncoder().encodeToString(mac), StandardCharsets.UTF_8);
    }

    /** A DingTalk robot URL (which carries {@code ?access_token=}) with {@code timestamp} and {@code sign} added. */
    public static String dingTalkSignedUrl(String url, String secret, Instant now) {
        long timestamp = now.toEpochMilli();
        return url + (url.contains("?") ? "&" : "?") + "timestamp=" + timestamp + "&sign="
                + dingTalkSign(secret, timestamp);
    }

    /**
     * Feishu: Base64(HmacSHA256(key = s-timestamp + "\n" + secret, data = nothing)). Feishu keys the MAC with the
     * string to sign and signs an empty message; the opposite of DingTalk.
     */
    public static String feishuSign(String secret, long timestampSeconds) {
        byte[] mac = hmacSha256((timestampSeconds + "\n" + secret).getBytes(StandardCharsets.UTF_8), new byte[0]);
        return Base64.getEncoder().encodeToString(mac);
    }

    private static byte[] hmacSha256(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(new SecretKeySpec(key, HMAC_SHA256));
            return mac.doFinal(data);
        }
        catch (GeneralSecurityException ex) {
            // HmacSHA256 is a required algorithm of every JDK; a failure here is a broken runtime.
            throw new IllegalStateException("HmacSHA256 is not available", ex);
        }
    }
}
