package org.jixiao.measurement;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An actual value (实际完成值) of an indicator, in the target's terms: money in yuan, percent in points.
 *
 * @param enteredText the value as entered when it was text ({@code 96.5%}), else null
 */
public record Measurement(long id, long indicatorId, BigDecimal value, String unit, String enteredText,
        Instant observedAt, String note, String evidenceUrl, MeasurementSource source, String recordedBy,
        Instant recordedAt) {
}
