package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;

/**
 * Budget execution: W × min(paid / annual budget, 1).
 *
 * @param annualBudget the year's budget in yuan, as given
 * @param paid what was paid, in yuan (0 when none was given)
 * @param executionRate paid / annual budget in percent, 2 decimals, not capped at 100; {@code null} without a budget
 * @param points W, the pack's budget points
 * @param score the points earned, 2 decimals
 * @param formula how the score was reached
 */
public record BudgetScore(BigDecimal annualBudget, BigDecimal paid, BigDecimal executionRate, BigDecimal points,
        BigDecimal score, String formula) {
}
