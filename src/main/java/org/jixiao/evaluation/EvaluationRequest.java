package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The evaluator's inputs for some indicators, e.g.
 * {@code {"indicators":[{"indicatorId":42,"weight":6.25,"grade":"ACHIEVED","gradePercent":90,"override":null,
 * "deviation":{"category":"经费保障","text":"..."}}]}}. An indicator listed here gets exactly these inputs (a field left
 * out takes its default: equal weight, no grade, no override, no deviation); indicators not listed keep theirs.
 */
public record EvaluationRequest(List<IndicatorInput> indicators) {

    public record IndicatorInput(Long indicatorId, BigDecimal weight, String grade, BigDecimal gradePercent,
            Override override, Deviation deviation) {
    }

    /** Points that replace the computed ones, with the reason. */
    public record Override(BigDecimal points, String reason) {
    }

    /** Why an indicator missed its target: 经费保障, 制度保障, 人员保障, 硬件条件保障 or 其他, and in words. */
    public record Deviation(String category, String text) {
    }
}
