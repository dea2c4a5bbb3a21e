package org.jixiao.evaluation;

import java.time.LocalDate;
import java.util.List;

import org.jixiao.evaluation.scoring.ScoreCard;
import org.jixiao.evaluation.scoring.ScoreInput;
import org.jixiao.evaluation.scoring.ScoringEngine;

/**
 * A FINAL evaluation as it was finalized: everything its score was computed from (the annual indicators with their
 * targets, actuals, completion dates and the evaluator's inputs; the budget and payments; the rule pack), the score
 * card and the recorded causes of deviation. Stored as JSON in {@code evaluation.snapshot}; later payments,
 * measurements, milestones, a replaced sheet or a changed pack do not touch it.
 *
 * @param format the layout of the stored JSON, {@value #FORMAT} for this one
 * @param asOf the day the figures were taken (the day of finalizing)
 * @param input what the score was computed from
 * @param score the score card computed from {@code input}
 * @param deviations the causes of deviation recorded for the indicators
 */
record EvaluationSnapshot(int format, LocalDate asOf, ScoreInput input, ScoreCard score,
        List<EvaluationView.Deviation> deviations) {

    static final int FORMAT = 1;

    EvaluationSnapshot {
        if (asOf == null || input == null || score == null) {
            throw new IllegalArgumentException("a snapshot needs the day, the inputs and the score");
        }
        deviations = deviations == null ? List.of() : List.copyOf(deviations);
    }

    /** Scores the inputs and keeps both. */
    static EvaluationSnapshot of(LocalDate asOf, ScoreInput input, List<EvaluationView.Deviation> deviations) {
        return new EvaluationSnapshot(FORMAT, asOf, input, ScoringEngine.score(input), deviations);
    }
}
