package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jixiao.indicator.grammar.Target;

/**
 * One annual level-3 indicator as the evaluator hands it to the {@link ScoringEngine}.
 *
 * @param indicatorId the indicator's id
 * @param level1 产出指标, 效益指标, 满意度指标, or a 2021-style 成本指标
 * @param level2 数量指标, 成本指标, 社会效益 …
 * @param level3 the indicator's name
 * @param target the typed target (from {@code TargetParser}); {@code null} is read as {@link Target#missing()}
 * @param actual B, in the target's terms (money in yuan, percent points); {@code null} if none
 * @param actualOrigin where B came from ("measurement #12"); may be {@code null}
 * @param completedOn for deadlines: when the milestone was met; {@code null} if not
 * @param weight evaluator-set points W; {@code null} for an equal share of what its group has left
 * @param grade the evaluator's grade for targets judged by a person (qualitative, compound, recurring)
 * @param gradePercent the percent of W inside the grade's band; {@code null} for the band's lower end
 * @param overridePoints points that replace the computed ones (clamped to [0, W]); needs a reason
 * @param overrideReason why the points were overridden
 */
public record IndicatorScoreInput(long indicatorId, String level1, String level2, String level3, Target target,
        BigDecimal actual, String actualOrigin, LocalDate completedOn, BigDecimal weight, QualitativeGrade grade,
        BigDecimal gradePercent, BigDecimal overridePoints, String overrideReason) {

    public IndicatorScoreInput {
        // a blank cell may arrive as no target at all: it is scored as a missing one
        target = (target != null) ? target : Target.missing();
        if (weight != null && weight.signum() < 0) {
            throw new IllegalArgumentException("indicator " + indicatorId + " (" + level3
                    + "): weight must not be negative, was " + weight.toPlainString());
        }
        if (gradePercent != null && grade == null) {
            throw new IllegalArgumentException("indicator " + indicatorId + " (" + level3 + "): gradePercent "
                    + gradePercent.toPlainString() + " was given without a grade");
        }
        if (grade != null && gradePercent != null && !grade.admits(gradePercent)) {
            throw new IllegalArgumentException("indicator " + indicatorId + " (" + level3 + "): " + "gradePercent "
                    + gradePercent.toPlainString() + " is outside the band " + grade.band() + " of grade " + grade
                    + " (" + grade.label() + ")");
        }
        if (overridePoints != null && (overrideReason == null || overrideReason.isBlank())) {
            throw new IllegalArgumentException("indicator " + indicatorId + " (" + level3
                    + "): overriding the points needs a reason");
        }
    }

    /** An indicator with a measured actual and nothing else set. */
    public static IndicatorScoreInput measured(long indicatorId, String level1, String level2, String level3,
            Target target, BigDecimal actual, String actualOrigin) {
        return new IndicatorScoreInput(indicatorId, level1, level2, level3, target, actual, actualOrigin, null, null,
                null, null, null, null);
    }

    /** The same indicator with an actual B. */
    public IndicatorScoreInput withActual(BigDecimal newActual) {
        return new IndicatorScoreInput(this.indicatorId, this.level1, this.level2, this.level3, this.target,
                newActual, this.actualOrigin, this.completedOn, this.weight, this.grade, this.gradePercent,
                this.overridePoints, this.overrideReason);
    }

    /** The same indicator with the origin of its actual. */
    public IndicatorScoreInput withOrigin(String origin) {
        return new IndicatorScoreInput(this.indicatorId, this.level1, this.level2, this.level3, this.target,
                this.actual, origin, this.completedOn, this.weight, this.grade, this.gradePercent,
                this.overridePoints, this.overrideReason);
    }

    /** The same indicator with evaluator-set points W. */
    public IndicatorScoreInput withWeight(BigDecimal points) {
        return new IndicatorScoreInput(this.indicatorId, this.level1, this.level2, this.level3, this.target,
                this.actual, this.actualOrigin, this.completedOn, points, this.grade, this.gradePercent,
                this.overridePoints, this.overrideReason);
    }

    /** The same indicator with a milestone met on a date. */
    public IndicatorScoreInput withCompletedOn(LocalDate date) {
        return new IndicatorScoreInput(this.indicatorId, this.level1, this.level2, this.level3, this.target,
                this.actual, this.actualOrigin, date, this.weight, this.grade, this.gradePercent, this.overridePoints,
                this.overrideReason);
    }

    /** The same indicator graded by the evaluator. */
    public IndicatorScoreInput withGrade(QualitativeGrade newGrade, BigDecimal percent) {
        return new IndicatorScoreInput(this.indicatorId, this.level1, this.level2, this.level3, this.target,
                this.actual, this.actualOrigin, this.completedOn, this.weight, newGrade, percent, this.overridePoints,
                this.overrideReason);
    }

    /** The same indicator with its points overridden. */
    public IndicatorScoreInput withOverride(BigDecimal points, String reason) {
        return new IndicatorScoreInput(this.indicatorId, this.level1, this.level2, this.level3, this.target,
                this.actual, this.actualOrigin, this.completedOn, this.weight, this.grade, this.gradePercent, points,
                reason);
    }

}
