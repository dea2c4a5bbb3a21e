package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;

/**
 * One level-1 group: its points (the sum of its indicators' W, after moving the points of empty groups) and the sum of
 * its indicators' scores. Adjustments are not included here.
 */
public record GroupScore(String level1, BigDecimal points, BigDecimal score) {
}
