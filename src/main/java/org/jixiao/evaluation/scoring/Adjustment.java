package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;

/**
 * A change to the total made by a pack option (caps and penalties), or a note on moved points (0 points).
 *
 * @param rule one of the {@code RULE_} names of {@link ScoringEngine}
 * @param points the change to the total (negative for caps and penalties, 0 for notes)
 * @param reason why, in plain words
 */
public record Adjustment(String rule, BigDecimal points, String reason) {
}
