package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A project's self-evaluation score, explained: budget execution, the level-1 groups, every indicator (A, B, W,
 * formula, points, origin) and the pack's adjustments. {@code total} = budget + indicators + adjustments, at least 0,
 * rounded to 2 decimals.
 */
public record ScoreCard(BigDecimal total, Grade grade, BudgetScore budget, List<GroupScore> groups,
        List<IndicatorScore> indicators, List<Adjustment> adjustments, String packName, String packVersion) {

    public ScoreCard {
        groups = List.copyOf(groups);
        indicators = List.copyOf(indicators);
        adjustments = List.copyOf(adjustments);
    }

}
