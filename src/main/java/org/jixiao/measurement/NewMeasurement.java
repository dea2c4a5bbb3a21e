package org.jixiao.measurement;

import java.math.BigDecimal;
import java.time.Instant;

/** A measurement read and checked, ready to store. */
public record NewMeasurement(long indicatorId, BigDecimal value, String unit, String enteredText, Instant observedAt,
        String note, String evidenceUrl, MeasurementSource source) {
}
