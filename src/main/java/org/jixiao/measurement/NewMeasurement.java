package org.jixiao.measurement;

import java.math.BigDecimal;
import java.time.Instant;

/** A measurement read and checked, ready to store; {@code projectId} is its indicator's project. */
public record NewMeasurement(long projectId, long indicatorId, BigDecimal value, String unit, String enteredText,
        Instant observedAt, String note, String evidenceUrl, MeasurementSource source) {
}
