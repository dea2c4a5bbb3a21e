package org.jixiao.indicator.grammar;

import java.math.BigDecimal;

/**
 * One end of a {@link Range}: the value (money in yuan) and the unit as printed (or as carried over from the other
 * end when printed once).
 */
public record Bound(BigDecimal value, String unit) {
}
