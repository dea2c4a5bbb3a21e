package org.jixiao.indicator.grammar;

import java.math.BigDecimal;
import java.util.List;

/**
 * Number handling shared by the measure and range readers: money to yuan, and the checks that make a value
 * suspect.
 */
final class Amounts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Amounts() {
    }

    /** The printed number in the unit's base: yuan for money, as printed otherwise. */
    static BigDecimal value(BigDecimal printed, UnitCatalogue.Unit unit) {
        if (unit.toYuan() == null) {
            return printed;
        }
        BigDecimal yuan = printed.multiply(unit.toYuan()).stripTrailingZeros();
        // Plain notation for the API: 706000, not 7.06E+5.
        return (yuan.scale() < 0) ? yuan.setScale(0) : yuan;
    }

    /** Notes (and so a suspect reading) for a percent above 100 that is meant to be reached. */
    static boolean checkPercent(BigDecimal value, UnitCatalogue.Unit unit, ComparisonOperator operator,
            List<String> notes) {
        boolean toReach = operator == null || operator == ComparisonOperator.GE || operator == ComparisonOperator.GT
                || operator == ComparisonOperator.EQ;
        if (unit.family() == UnitCatalogue.Family.PERCENT && toReach && value.compareTo(HUNDRED) > 0) {
            notes.add("a share above 100% to reach is unlikely; check the printed " + value.toPlainString() + "%");
            return true;
        }
        return false;
    }

    /** Notes (and so a suspect reading) for a limit at or below zero, which nothing can stay under. */
    static boolean checkBelowZero(BigDecimal value, ComparisonOperator operator, List<String> notes) {
        if ((operator == ComparisonOperator.LT || operator == ComparisonOperator.LE) && value.signum() == 0) {
            notes.add("nothing can be below zero; '" + ((operator == ComparisonOperator.LT) ? "<" : "≤")
                    + " 0' is likely damaged text (perhaps '=0' or a lost digit)");
            return true;
        }
        return false;
    }

}
