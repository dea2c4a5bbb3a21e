package org.jixiao.alert.silence;

import java.time.Instant;
import java.util.Map;

/**
 * Alerts whose labels carry every matcher get no messages from {@code startsAt} until {@code endsAt}; they still
 * fire, resolve and show in the API.
 *
 * @param matchers label → value: kind, severity, department, project, indicator, milestone
 */
public record Silence(long id, Map<String, String> matchers, Instant startsAt, Instant endsAt, String reason,
        String createdBy, Instant createdAt) {
}
