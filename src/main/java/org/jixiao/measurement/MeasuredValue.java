package org.jixiao.measurement;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A measured value (实际完成值) in its target's terms: money in yuan ({@code 元}, {@code 元/台}), percent in percent
 * points ({@code %}), counts and durations in the target's unit.
 *
 * @param value the number, never negative
 * @param unit the unit it is in; {@code null} when the target prints none ({@code ≥3})
 */
public record MeasuredValue(BigDecimal value, String unit) {

    public MeasuredValue {
        Objects.requireNonNull(value, "value is required");
    }

}
