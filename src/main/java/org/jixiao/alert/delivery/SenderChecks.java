package org.jixiao.alert.delivery;

import java.net.URI;
import java.util.List;

/** Checks the senders share. */
final class SenderChecks {

    private SenderChecks() {
    }

    static void requireSome(List<Notification> notifications) {
        if (notifications == null || notifications.isEmpty()) {
            throw new IllegalArgumentException("no notifications to send");
        }
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    static String url(String what, ChannelAddress to) {
        if (!present(to.url())) {
            throw new DeliveryException(what + " has no URL");
        }
        return to.url().strip();
    }

    /** The URL as given: robot keys and signatures are already encoded and must not be encoded again. */
    static URI uri(String what, String url) {
        try {
            return URI.create(url);
        }
        catch (IllegalArgumentException ex) {
            // The URL is not repeated: it carries the robot's key.
            throw new DeliveryException(what + " has an invalid URL");
        }
    }
}
