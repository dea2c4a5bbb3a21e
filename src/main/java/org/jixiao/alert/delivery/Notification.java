package org.jixiao.alert.delivery;

import java.time.Instant;

import org.jixiao.alert.AlertFacts;
import org.jixiao.alert.AlertKind;
import org.jixiao.alert.NotificationEvent;
import org.jixiao.alert.Severity;

/**
 * One message's worth of one alert: a row of the outbox, with the alert as it was when the row was written.
 *
 * @param deliveryId the outbox row, which also keys retries ({@code Idempotency-Key}) and digests
 * @param alertId the alert, for links and the webhook's fingerprint
 * @param firedAt when the alert (last) started firing
 * @param resolvedAt when it resolved, for {@link NotificationEvent#RESOLVED}
 */
public record Notification(long deliveryId, long alertId, NotificationEvent event, AlertKind kind, Severity severity,
        long projectId, AlertFacts facts, Instant firedAt, Instant resolvedAt) {
}
