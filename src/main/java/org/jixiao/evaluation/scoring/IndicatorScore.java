package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator's score, explained.
 *
 * @param indicatorId the indicator's id
 * @param level1 level 1 as given
 * @param level2 level 2 as given
 * @param level3 level 3 as given
 * @param targetText the printed target (指标值)
 * @param a A, the target value (money in yuan); {@code null} for deadlines, ranges and judged targets
 * @param b B, the actual; {@code null} if none
 * @param w W, the indicator's points (2 decimals)
 * @param formula the branch that applied, e.g. {@code B ≤ A → W} or {@code W × (1 − (B − A) / A)}
 * @param score the points earned, 2 decimals, within [0, W]
 * @param flags {@link ScoreFlags} raised for a person to look at
 * @param origin where B (or the completion date) came from; may be {@code null}
 */
public record IndicatorScore(long indicatorId, String level1, String level2, String level3, String targetText,
        BigDecimal a, BigDecimal b, BigDecimal w, String formula, BigDecimal score, List<String> flags,
        String origin) {

    public IndicatorScore {
        flags = List.copyOf(flags);
    }

}
