package org.jixiao.light;

import java.math.BigDecimal;

import org.jixiao.indicator.grammar.ComparisonOperator;
import org.jixiao.indicator.grammar.Range;
import org.jixiao.indicator.grammar.Target;
import org.jixiao.measurement.UnitFormatter;
import org.jixiao.system.text.Message;

/**
 * Green when the actual satisfies the target's comparison, red otherwise: for rates (≥95%), limits (≤70.6万元,
 * 4小时内), levels (≥90分) and ranges (90%-95%). A bare value (100%) is scored as "reach it", so it reads as ≥.
 */
final class DirectComparison {

    private DirectComparison() {
    }

    static Verdict evaluate(Target target, BigDecimal actual, ComparisonOperator operator) {
        int compared = actual.compareTo(target.value());
        boolean meets = switch (operator) {
            case GE, EQ -> compared >= 0;
            case GT -> compared > 0;
            case LE -> compared <= 0;
            case LT -> compared < 0;
        };
        String verb = switch (operator) {
            case GE, EQ -> meets ? "meets" : "below";
            case GT -> meets ? "exceeds" : "not-exceeding";
            case LE -> meets ? "within" : "above";
            case LT -> meets ? "below" : "not-below";
        };
        return new Verdict(meets ? Light.GREEN : Light.RED, Message.of("light.direct." + verb,
                UnitFormatter.value(actual, target), IndicatorLights.quoted(target)));
    }

    static Verdict withinRange(Target target, BigDecimal actual) {
        Range range = target.range();
        if (range == null || range.lower() == null || range.upper() == null || range.lower().value() == null
                || range.upper().value() == null) {
            return new Verdict(Light.NONE, Message.of("light.range.no-bounds", IndicatorLights.quoted(target)));
        }
        String where;
        if (actual.compareTo(range.lower().value()) < 0) {
            where = "below";
        }
        else if (actual.compareTo(range.upper().value()) > 0) {
            where = "above";
        }
        else {
            where = "within";
        }
        return new Verdict(where.equals("within") ? Light.GREEN : Light.RED, Message.of("light.range." + where,
                UnitFormatter.value(actual, target), IndicatorLights.quoted(target)));
    }

}
