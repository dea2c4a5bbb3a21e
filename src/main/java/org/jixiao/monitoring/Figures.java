package org.jixiao.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jixiao.indicator.target.Target;

/**
 * How numbers appear in reasons: plain notation, no trailing zeros, money in yuan, percent with its sign.
 */
final class Figures {

    private Figures() {
    }

    /** {@code 146.50} → {@code 146.5}, {@code 7.06E+5} → {@code 706000}. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
    }

    /** A number rounded to two decimals for reading, e.g. a pro-rata share of 24.41666… → 24.42. */
    static BigDecimal rounded(BigDecimal value) {
        return plain(value.setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * A value in a target's terms with its unit: {@code 93%}, {@code 120台}, {@code 660000 yuan}, {@code 3小时}. Shown
     * as given, unrounded, so 99.995% is never shown as a 100% that failed.
     */
    static String withUnit(BigDecimal value, Target target) {
        String number = plain(value).toPlainString();
        String unit = MeasureUnits.measuredUnit(target);
        if (unit == null) {
            return number;
        }
        if (unit.startsWith(MeasureUnits.YUAN)) {
            String per = MeasureUnits.perUnit(unit);
            return number + " yuan" + ((per != null) ? " per " + per : "");
        }
        return number + unit;
    }

}
