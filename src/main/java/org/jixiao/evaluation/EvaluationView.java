package org.jixiao.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jixiao.evaluation.scoring.ScoreCard;

/**
 * A project's self-evaluation as read: the score card (total, grade, groups, every indicator's A, B, W, formula and
 * points with their origin), whether it is projected (the fiscal year is not over yet), its state, and the
 * deviation causes the evaluator recorded.
 */
public record EvaluationView(long projectId, String projectName, String departmentCode, String departmentName,
        int fiscalYear, LocalDate asOf, boolean projected, String state, String finalizedBy, Instant finalizedAt,
        ScoreCard score, List<Deviation> deviations) {

    /** A recorded cause of deviation for one indicator. */
    public record Deviation(long indicatorId, String level3, String category, String text) {
    }
}
