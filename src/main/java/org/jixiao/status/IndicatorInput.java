package org.jixiao.status;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jixiao.indicator.target.Target;
import org.jixiao.monitoring.MilestoneState;

/** What a light is judged from: the target, the latest actual, and for a deadline its milestone. */
public record IndicatorInput(long indicatorId, long projectId, int fiscalYear, String level1, String level2, String level3,
        Target target, BigDecimal actual, MilestoneState milestoneState, LocalDate completedOn) {
}
