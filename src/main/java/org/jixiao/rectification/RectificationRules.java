package org.jixiao.rectification;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

import org.jixiao.evaluation.scoring.Grade;
import org.jixiao.round.ReportForm;
import org.jixiao.round.ReportRules;
import org.jixiao.round.SelfEvaluationForm;
import org.jixiao.system.error.Violations;
import org.jixiao.system.text.Message;
import org.jixiao.system.text.Messages;

/**
 * Which items an approval opens, and what a person may enter, as plain rules. An approved monitoring report opens
 * one item per indicator judged 完全不可能; it is due at the end of the fiscal year the round belongs to, the last
 * day by which the year's target could still be met, or {@link #LATE_APPROVAL_GRACE_DAYS} days after the approval
 * when that end has passed. Its text names the indicator, its target and the measure the report gave, in Chinese,
 * the language of the forms, since it is stored once for every reader. An approved self-evaluation graded 中 or 差
 * opens one item per indicator that scored below its points, with the measure the report gave, due the same way.
 */
public final class RectificationRules {

    public static final int MAX_WHAT_LENGTH = 2_000;
    public static final int MAX_WHO_LENGTH = 200;
    public static final int MAX_NOTE_LENGTH = 2_000;
    /** Time given to act on an item opened after its fiscal year has ended. */
    public static final int LATE_APPROVAL_GRACE_DAYS = 30;

    private static final MonthDay END_OF_FISCAL_YEAR = MonthDay.of(12, 31);

    private RectificationRules() {
    }

    /** One draft per indicator of the approved form judged 完全不可能, in the form's order. */
    public static List<RectificationDraft> fromMonitoring(long projectId, long reportId, ReportForm snapshot,
            String who, int fiscalYear, LocalDate approvedOn) {
        LocalDate due = defaultDue(fiscalYear, approvedOn);
        return snapshot.indicators().stream()
                .filter(line -> ReportRules.IMPOSSIBLE.equals(line.likelihood()))
                .map(line -> new RectificationDraft(projectId, reportId, line.indicatorId(), what(line), who, due))
                .toList();
    }

    /**
     * For a self-evaluation graded 中 or 差: one draft per indicator scored below its points, in the form's order;
     * none for a better grade.
     */
    public static List<RectificationDraft> fromSelfEvaluation(long projectId, long reportId,
            SelfEvaluationForm snapshot, String who, int fiscalYear, LocalDate approvedOn) {
        if (snapshot.grade() != Grade.FAIR && snapshot.grade() != Grade.POOR) {
            return List.of();
        }
        LocalDate due = defaultDue(fiscalYear, approvedOn);
        return snapshot.indicators().stream()
                .filter(SelfEvaluationForm.Line::belowPoints)
                .map(line -> new RectificationDraft(projectId, reportId, line.indicatorId(), what(line), who, due))
                .toList();
    }

    /** The end of the fiscal year, or a grace period after {@code today} once that end has passed. */
    public static LocalDate defaultDue(int fiscalYear, LocalDate today) {
        LocalDate end = END_OF_FISCAL_YEAR.atYear(fiscalYear);
        return end.isBefore(today) ? today.plusDays(LATE_APPROVAL_GRACE_DAYS) : end;
    }

    /** Who answers for an item an approval opens: the implementing unit (实施单位), else the department. */
    public static String who(String implementingUnit, String departmentName) {
        return implementingUnit != null && !implementingUnit.isBlank() ? implementingUnit.strip()
                : Objects.requireNonNullElse(departmentName, "").strip();
    }

    /** Whether an item is overdue on {@code today}: open, and its due date has passed. */
    public static boolean overdue(RectificationState state, LocalDate due, LocalDate today) {
        return state == RectificationState.OPEN && due.isBefore(today);
    }

    /** Checks the due date of an item by hand: in the project's fiscal year or a year next to it. */
    public static void checkDue(Violations violations, LocalDate due, int fiscalYear) {
        if (due == null) {
            violations.add("due", Violations.required());
        }
        else if (Math.abs(due.getYear() - fiscalYear) > 1) {
            violations.add("due", Message.of("problem.rectification.due-year", fiscalYear, due));
        }
    }

    private static String what(SelfEvaluationForm.Line line) {
        String measure = line.measure() == null || line.measure().isBlank() ? null : line.measure().strip();
        Message text = measure == null
                ? Message.of("rectification.from-self-evaluation.without-measure", line.level3(), line.target(),
                        line.score(), line.points())
                : Message.of("rectification.from-self-evaluation", line.level3(), line.target(), line.score(),
                        line.points(), measure);
        return Messages.render(text, Messages.CHINESE);
    }

    private static String what(ReportForm.Line line) {
        String measure = line.measure() == null || line.measure().isBlank() ? null : line.measure().strip();
        Message text = measure == null
                ? Message.of("rectification.from-monitoring.without-measure", line.level3(), line.target())
                : Message.of("rectification.from-monitoring", line.level3(), line.target(), measure);
        return Messages.render(text, Messages.CHINESE);
    }
}
