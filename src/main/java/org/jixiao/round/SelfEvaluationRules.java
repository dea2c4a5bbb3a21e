package org.jixiao.round;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.evaluation.scoring.ScoreFlags;
import org.jixiao.system.error.Violations;
import org.jixiao.system.text.Message;

/**
 * The self-evaluation form's rules, as plain Java. What a save may carry: the goal's 实际完成情况 ({@code progress}),
 * the conclusions, and per indicator the cause ({@code causeText}) and the measure; the monitoring form's figures
 * (全年预计, 完成目标可能性, cause categories) are not on it. The gaps that keep a report from being submitted: the
 * 实际完成情况 and the conclusions; an indicator judged by a person that the evaluator has not graded yet; and on every
 * indicator scored below its points (分值), the 偏差原因分析及改进措施 — a cause and a measure.
 */
public final class SelfEvaluationRules {

    private SelfEvaluationRules() {
    }

    /** Refuses what the self-evaluation form has no column for; the rest is checked as for any report. */
    public static void checkUpdate(Violations violations, BigDecimal fundsProjected, List<ReportEntry> entries) {
        if (fundsProjected != null) {
            violations.add("fundsProjected", notOnForm());
        }
        if (entries == null) {
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            ReportEntry line = entries.get(i);
            if (line == null) {
                continue;
            }
            Violations entry = violations.under("indicators[" + i + "].");
            if (line.projected() != null) {
                entry.add("projected", notOnForm());
            }
            if (line.likelihood() != null) {
                entry.add("likelihood", notOnForm());
            }
            if (!line.causes().isEmpty()) {
                entry.add("causes", notOnForm());
            }
        }
    }

    /** The gaps that keep the form from being submitted, each named by the field of a save that fills it. */
    public static Violations gaps(SelfEvaluationForm form, long projectId, int fiscalYear) {
        Violations gaps = new Violations();
        if (blank(form.goal().actual())) {
            gaps.add("progress", Message.of("problem.report.self.progress-required"));
        }
        for (int i = 0; i < form.indicators().size(); i++) {
            SelfEvaluationForm.Line line = form.indicators().get(i);
            Violations at = gaps.under("indicators[" + i + "].");
            Message which = Message.of("problem.report.which", line.level3(), line.indicatorId());
            if (line.flags().contains(ScoreFlags.NEEDS_GRADE)) {
                at.add("grade", Message.of("problem.report.self.grade-required", which,
                        "/api/v1/projects/" + projectId + "/evaluation/" + fiscalYear));
                continue;
            }
            if (!line.belowPoints()) {
                continue;
            }
            Message why = Message.of("problem.report.self.below-points", line.score().toPlainString(),
                    line.points().toPlainString());
            if (blank(line.cause())) {
                at.add("causeText", Message.of("problem.report.self.cause-required", which, why));
            }
            if (blank(line.measure())) {
                at.add("measure", Message.of("problem.report.measure-required", which, why));
            }
        }
        if (blank(form.conclusions())) {
            gaps.add("conclusions", Message.of("problem.report.self.conclusions-required"));
        }
        return gaps;
    }

    private static Message notOnForm() {
        return Message.of("problem.report.self.not-on-form");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
