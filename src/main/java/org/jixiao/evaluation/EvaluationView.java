package org.jixiao.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jixiao.evaluation.scoring.ScoreCard;

/**
 * A project's self-evaluation as read: the score card (total, grade, groups, every indicator's A, B, W, formula and
 * points with their origin), whether it is projected, its state, and the deviation causes the evaluator recorded.
 * <p>
 * A DRAFT is computed from today's data: {@code asOf} is today and {@code projected} says the fiscal year is not over.
 * A FINAL evaluation is frozen: {@code score} and {@code deviations} are those stored when it was finalized,
 * {@code asOf} is that day and {@code projected} is false; {@code live} then shows, beside it, what today's data
 * would give. {@code live} is {@code null} for a DRAFT.
 */
public record EvaluationView(long projectId, String projectName, String departmentCode, String departmentName,
        int fiscalYear, LocalDate asOf, boolean projected, String state, String finalizedBy, Instant finalizedAt,
        String finalizeReason, ScoreCard score, List<Deviation> deviations, Live live) {

    /** A recorded cause of deviation for one indicator. */
    public record Deviation(long indicatorId, String level3, String category, String text) {
    }

    /**
     * The score today's data would give a FINAL evaluation; not its score. {@code projected} while the fiscal year
     * is not over.
     */
    public record Live(LocalDate asOf, boolean projected, ScoreCard score) {
    }
}
