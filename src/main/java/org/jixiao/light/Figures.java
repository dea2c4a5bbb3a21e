package org.jixiao.light;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jixiao.indicator.grammar.Target;
import org.jixiao.measurement.MeasureUnits;
import org.jixiao.system.Decimals;

/**
 * How numbers appear in reasons: plain notation, no trailing zeros, money in yuan, percent with its sign.
 */
final class Figures {

    private Figures() {
    }

    /** A number rounded to two decimals for reading, e.g. a pro-rata share of 24.41666… → 24.42. */
    static BigDecimal rounded(BigDecimal value) {
        return Decimals.plain(value.setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * A value in a target's terms with its unit: {@code 93%}, {@code 120台}, {@code 660000 yuan}, {@code 3小时}. Shown
     * as given, unrounded, so 99.995% is never shown as a 100% that failed.
     */
    static String withUnit(BigDecimal value, Target target) {
        String number = Decimals.plain(value).toPlainString();
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
