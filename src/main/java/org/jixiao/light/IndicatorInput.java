package org.jixiao.light;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jixiao.indicator.grammar.Target;
import org.jixiao.milestone.MilestoneState;

/** What a light is judged from: the target, the latest actual, and for a deadline its milestone. */
public record IndicatorInput(long indicatorId, long projectId, int fiscalYear, String level1, String level2, String level3,
        Target target, BigDecimal actual, MilestoneState milestoneState, LocalDate completedOn) {
}
