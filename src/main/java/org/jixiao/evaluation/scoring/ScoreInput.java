package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything the {@link ScoringEngine} needs to score one project's year.
 *
 * @param annualBudget the year's budget (年度资金总额) in yuan; {@code null} or 0 if none
 * @param paid what was paid in the year, in yuan; {@code null} counts as 0
 * @param indicators the annual level-3 indicators, in sheet order; empty scores the budget part only
 * @param pack the scoring rules
 */
public record ScoreInput(BigDecimal annualBudget, BigDecimal paid, List<IndicatorScoreInput> indicators,
        ScoringPack pack) {

    public ScoreInput {
        if (pack == null) {
            throw new IllegalArgumentException("a score needs a scoring pack (ScoringPack.central() by default)");
        }
        indicators = (indicators != null) ? List.copyOf(indicators) : List.of();
        if (annualBudget != null && annualBudget.signum() < 0) {
            throw new IllegalArgumentException("annualBudget must not be negative, was " + annualBudget.toPlainString());
        }
        if (paid != null && paid.signum() < 0) {
            throw new IllegalArgumentException("paid must not be negative, was " + paid.toPlainString());
        }
    }

}
