package org.jixiao.alert.subscription;

import java.time.Instant;
import java.util.List;

import org.jixiao.alert.AlertKind;
import org.jixiao.alert.Severity;
import org.jixiao.alert.delivery.ChannelType;

/**
 * Who gets which alerts on which channel, as the API shows it: never with the robot's secret, and with keys in the
 * URL masked.
 *
 * @param department only alerts of this department, or {@code null}
 * @param project only alerts of this project, or {@code null}
 * @param kinds only these kinds; empty means all
 */
public record Subscription(long id, String department, Long project, List<AlertKind> kinds, Severity minSeverity,
        Channel channel, String language, String createdBy, Instant createdAt) {

    /** @param recipient the address, or the URL with its keys masked */
    public record Channel(ChannelType type, String recipient, boolean signed) {
    }
}
