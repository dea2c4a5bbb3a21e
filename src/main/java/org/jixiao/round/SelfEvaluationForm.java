package org.jixiao.round;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jixiao.evaluation.scoring.Grade;

/**
 * The self-evaluation form (项目支出绩效自评表) as shown: the project's evaluation as Jixiao scores it (budget
 * execution, every indicator's 分值 and 得分 with the evaluator's grades, the total and its grade) beside what a person
 * filled in (the goal's 实际完成情况, 偏差原因分析及改进措施, the overall conclusions). An approved report stores this
 * whole record as its snapshot. Money in yuan; rates as fractions (0.9512 = 95.12%); points as the 100-point scheme.
 *
 * @param asOf the day the form was read (for an approved report: the day it was approved)
 * @param evaluationState the evaluation's state then: DRAFT (scored from the data of that day) or FINAL (frozen)
 * @param evaluationAsOf the day the evaluation's figures were taken (a FINAL one: the day it was finalized)
 * @param projected the fiscal year was not over, so the scores are projected
 * @param grade the total's grade, with {@code gradeLabel} as printed (优, 良, 中, 差)
 */
public record SelfEvaluationForm(LocalDate asOf, String evaluationState, LocalDate evaluationAsOf, boolean projected,
        Funds funds, Goal goal, List<Group> groups, List<Line> indicators, BigDecimal total, Grade grade,
        String gradeLabel, String conclusions, String packName, String packVersion) {

    public SelfEvaluationForm {
        groups = List.copyOf(groups);
        indicators = List.copyOf(indicators);
    }

    /**
     * 项目资金, the row 年度资金总额: 年初预算数 (the annual funding filed on the target sheet) with 其中：当年财政拨款
     * (central, provincial and city/county money) and 其他资金 (self-raised and other money), 全年预算数 and 全年执行数
     * as the evaluation scores them, 分值, 执行率 and 得分.
     */
    public record Funds(BigDecimal initialBudget, BigDecimal appropriation, BigDecimal otherFunds,
            BigDecimal annualBudget, BigDecimal paid, BigDecimal points, BigDecimal executionRate, BigDecimal score) {
    }

    /** 年度总体目标 (from the sheet) and its 实际完成情况 (filled in by a person). */
    public record Goal(String annual, String actual) {
    }

    /** A level-1 group as its heading prints it (产出指标（50分）) and what it scored. */
    public record Group(String level1, BigDecimal points, BigDecimal score) {
    }

    /**
     * One annual level-3 indicator: 年度指标值, 实际完成值 (B as scored: the actual, or for a judged indicator the percent
     * of its points the evaluator's grade gave, with the grade's wording), 分值 (W), 得分, how it was scored, and
     * 偏差原因分析及改进措施: the cause (the person's, else the deviation the evaluator recorded) and the measure.
     *
     * @param causePrefill the deviation recorded in the evaluation (category: text), offered as the cause
     */
    public record Line(long indicatorId, String level1, String level2, String level3, String target,
            BigDecimal actual, String grade, BigDecimal points, BigDecimal score, String formula, List<String> flags,
            String causePrefill, String cause, String measure) {

        public Line {
            flags = flags == null ? List.of() : List.copyOf(flags);
        }

        /** Scored below its points, so the form asks why and what will be done. */
        public boolean belowPoints() {
            return score != null && points != null && score.compareTo(points) < 0;
        }
    }
}
