package org.jixiao.round;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a person fills in for one indicator: the projected full-year value (null: keep the prefilled one), the
 * likelihood of meeting the target, the causes of deviation (official categories), their text, and the measure.
 */
public record ReportEntry(Long indicatorId, BigDecimal projected, String likelihood, List<String> causes,
        String causeText, String measure) {

    public ReportEntry {
        causes = causes == null ? List.of() : List.copyOf(causes);
    }
}
