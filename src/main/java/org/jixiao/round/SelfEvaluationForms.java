package org.jixiao.round;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jixiao.evaluation.EvaluationView;
import org.jixiao.evaluation.scoring.BudgetScore;
import org.jixiao.evaluation.scoring.IndicatorScore;
import org.jixiao.evaluation.scoring.QualitativeGrade;
import org.jixiao.evaluation.scoring.ScoreCard;
import org.jixiao.indicator.grammar.Target;
import org.jixiao.indicator.grammar.TargetKind;
import org.jixiao.project.Funding;
import org.jixiao.project.Project;

/**
 * Puts the self-evaluation form together from the project's evaluation (read, never re-scored here) and what the
 * owner filled in. Every figure of the score (分值, 得分, the total and its grade) is the evaluation's own.
 */
final class SelfEvaluationForms {

    /** Targets a person judges: their B is the percent of W the evaluator's grade gave. */
    private static final Set<TargetKind> JUDGED = EnumSet.of(TargetKind.QUALITATIVE, TargetKind.COMPOUND,
            TargetKind.RECURRING);

    private SelfEvaluationForms() {
    }

    static SelfEvaluationForm compose(Project project, Report report, EvaluationView evaluation,
            Map<Long, Target> targets, Map<Long, ReportEntry> entries, LocalDate today) {
        ScoreCard score = evaluation.score();
        Map<Long, EvaluationView.Deviation> deviations = evaluation.deviations().stream()
                .collect(Collectors.toMap(EvaluationView.Deviation::indicatorId, Function.identity(), (a, b) -> a));
        List<SelfEvaluationForm.Line> lines = score.indicators().stream().map(indicator -> {
            ReportEntry entry = entries.get(indicator.indicatorId());
            String prefill = prefill(deviations.get(indicator.indicatorId()));
            String cause = entry != null && entry.causeText() != null ? entry.causeText() : prefill;
            return new SelfEvaluationForm.Line(indicator.indicatorId(), indicator.level1(), indicator.level2(),
                    indicator.level3(), indicator.targetText(), indicator.b(),
                    grade(targets.get(indicator.indicatorId()), indicator), indicator.w(), indicator.score(),
                    indicator.formula(), indicator.flags(), prefill, cause, entry == null ? null : entry.measure());
        }).toList();
        List<SelfEvaluationForm.Group> groups = score.groups().stream()
                .map(group -> new SelfEvaluationForm.Group(group.level1(), group.points(), group.score())).toList();
        String annualGoal = project.goals() == null ? null : project.goals().annual();
        return new SelfEvaluationForm(today, evaluation.state(), evaluation.asOf(), evaluation.projected(),
                funds(project.annualFunding(), score.budget()), new SelfEvaluationForm.Goal(annualGoal,
                        report.progress()), groups, lines, score.total(), score.grade(), score.grade().label(),
                report.conclusions(), score.packName(), score.packVersion());
    }

    private static SelfEvaluationForm.Funds funds(Funding filed, BudgetScore budget) {
        Funding sheet = filed == null ? Funding.BLANK : filed;
        return new SelfEvaluationForm.Funds(sheet.total(), sum(sheet.central(), sheet.provincial(),
                sheet.cityCounty()), sum(sheet.selfRaised(), sheet.other()), budget.annualBudget(), budget.paid(),
                budget.points(), budget.executionRate() == null ? null : budget.executionRate().movePointLeft(2),
                budget.score());
    }

    /** The wording of the evaluator's grade of a judged indicator: the band its percent of W lies in. */
    static String grade(Target target, IndicatorScore indicator) {
        if (target == null || !JUDGED.contains(target.kind()) || indicator.b() == null) {
            return null;
        }
        return Arrays.stream(QualitativeGrade.values()).filter(grade -> grade.admits(indicator.b())).findFirst()
                .map(QualitativeGrade::label).orElse(null);
    }

    /** The deviation the evaluator recorded, as the form's cause: 经费保障：资金拨付滞后. */
    private static String prefill(EvaluationView.Deviation deviation) {
        if (deviation == null) {
            return null;
        }
        return deviation.text() == null || deviation.text().isBlank() ? deviation.category()
                : deviation.category() + "：" + deviation.text().strip();
    }

    /** The sum of the sources given; null when none is. */
    private static BigDecimal sum(BigDecimal... sources) {
        return Arrays.stream(sources).filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }
}
