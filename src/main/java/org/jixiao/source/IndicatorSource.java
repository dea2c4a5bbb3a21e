package org.jixiao.source;

import java.time.Instant;

/**
 * An indicator whose actual is pulled from Prometheus. {@code query} may use {@code $range}, replaced at each pull
 * by the length of the fiscal year so far (e.g. {@code avg_over_time(up{job="city-cloud"}[$range]) * 100}).
 */
public record IndicatorSource(long indicatorId, String type, String query, String baseUrl, String boundBy,
        Instant boundAt, Instant lastPulledAt, String lastError) {
}
