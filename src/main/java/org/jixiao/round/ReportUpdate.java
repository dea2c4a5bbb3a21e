package org.jixiao.round;

import java.math.BigDecimal;
import java.util.List;

/**
 * A save of a report (PUT): the version it was made from, and what changes. Fields left out stay as they are; an
 * indicator listed replaces what was filled in for it, an indicator not listed keeps it. {@code conclusions} is on
 * the self-evaluation form only, {@code fundsProjected} on the monitoring form only.
 */
public record ReportUpdate(Integer version, BigDecimal fundsProjected, String progress, List<ReportEntry> indicators,
        String conclusions) {

    public ReportUpdate {
        indicators = indicators == null ? List.of() : indicators;
    }
}
