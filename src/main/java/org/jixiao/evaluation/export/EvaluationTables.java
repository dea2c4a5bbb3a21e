package org.jixiao.evaluation.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jixiao.evaluation.EvaluationView;
import org.jixiao.evaluation.scoring.BudgetScore;
import org.jixiao.evaluation.scoring.IndicatorScore;
import org.jixiao.indicator.grammar.Target;
import org.jixiao.indicator.grammar.TargetKind;
import org.jixiao.indicator.grammar.TargetParser;
import org.jixiao.measurement.UnitFormatter;
import org.jixiao.system.text.Message;
import org.jixiao.system.text.Messages;

/**
 * Self-evaluations laid out like the official self-evaluation table (项目支出绩效自评表): the budget block (年度预算数,
 * 执行数, 执行率, 分值, 得分), then one row per indicator (一级/二级/三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因),
 * then the total, and whether the score is final (最终) or still a projection (预计). Labels are in the language asked
 * for (Chinese by default). Money in yuan as numbers (the headers say so), the execution rate with its %, and each
 * actual in the unit of its target as printed: 72万元 beside ≤70.6万元, 93% beside ≥95%. A FINAL evaluation is exported
 * with its frozen figures only.
 */
public final class EvaluationTables {

    // Only the unit of a printed target is needed here, which no reading policy changes.
    private static final TargetParser TARGETS = new TargetParser();

    private EvaluationTables() {
    }

    public static Table project(EvaluationView view, Locale locale) {
        Labels labels = new Labels(locale);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(labels.of("export.project-name"), view.projectName()));
        rows.add(row(labels.of("export.department"), view.departmentCode() + " " + view.departmentName()));
        rows.add(row(labels.of("export.fiscal-year"), BigDecimal.valueOf(view.fiscalYear())));
        rows.add(row(labels.of("export.state"), state(view, locale)));
        rows.add(row(labels.of("export.scoring-rules"), view.score().packName() + " " + view.score().packVersion()));
        rows.add(row());
        rows.add(row(labels.of("export.annual-budget"), labels.of("export.paid"), labels.of("export.execution-rate"),
                labels.of("export.points"), labels.of("export.score")));
        BudgetScore budget = view.score().budget();
        rows.add(row(budget.annualBudget(), budget.paid(), rate(budget.executionRate(), locale), budget.points(),
                budget.score()));
        rows.add(row());
        rows.add(row(labels.of("export.level1"), labels.of("export.level2"), labels.of("export.level3"),
                labels.of("export.target"), labels.of("export.actual"), labels.of("export.points"),
                labels.of("export.score"), labels.of("export.deviation")));
        Map<Long, String> deviations = view.deviations().stream().collect(Collectors.toMap(
                EvaluationView.Deviation::indicatorId, deviation -> deviation(deviation, locale)));
        for (IndicatorScore indicator : view.score().indicators()) {
            rows.add(row(indicator.level1(), indicator.level2(), indicator.level3(), indicator.targetText(),
                    actual(indicator, view.fiscalYear(), locale), indicator.w(), indicator.score(),
                    deviations.get(indicator.indicatorId())));
        }
        rows.add(row());
        rows.add(row(labels.of("export.total"), view.score().total()));
        rows.add(row(labels.of("export.grade"), labels.of("export.grade." + view.score().grade().name())));
        return new Table(view.projectName().length() > 31 ? view.projectName().substring(0, 31) : view.projectName(),
                rows);
    }

    public static Table list(int fiscalYear, List<EvaluationView> views, Locale locale) {
        Labels labels = new Labels(locale);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(labels.of("export.project-name"), labels.of("export.department"),
                labels.of("export.annual-budget"), labels.of("export.paid"), labels.of("export.execution-rate"),
                labels.of("export.score"), labels.of("export.grade"), labels.of("export.state")));
        for (EvaluationView view : views) {
            BudgetScore budget = view.score().budget();
            rows.add(row(view.projectName(), view.departmentCode() + " " + view.departmentName(),
                    budget.annualBudget(), budget.paid(), rate(budget.executionRate(), locale), view.score().total(),
                    labels.of("export.grade." + view.score().grade().name()), state(view, locale)));
        }
        return new Table(labels.of("export.list-sheet", fiscalYear), rows);
    }

    /**
     * 最终 for a FINAL evaluation (its frozen score, even when it was finalized before the year was over); 预计 for
     * any other, whose score still follows the data: 预计（年度未结束） during the year, 预计（未定稿） after it.
     */
    static String state(EvaluationView view, Locale locale) {
        if ("FINAL".equals(view.state())) {
            return Messages.text("export.state.final", locale);
        }
        return Messages.text(view.projected() ? "export.state.projected-in-year" : "export.state.projected-draft",
                locale);
    }

    /**
     * The actual (B) in the unit its target is printed in; a qualitative grade as the percent it earned. Blank when
     * there is none (deadlines are judged by their completion date, which the score's origin names).
     */
    private static String actual(IndicatorScore indicator, int fiscalYear, Locale locale) {
        if (indicator.b() == null) {
            return null;
        }
        Target target = TARGETS.parse(indicator.targetText(), fiscalYear, indicator.level2(), indicator.level3());
        Message shown = target.kind() == TargetKind.QUALITATIVE ? UnitFormatter.percent(indicator.b())
                : UnitFormatter.value(indicator.b(), target);
        return Messages.render(shown, locale);
    }

    /** A rate in percent with its sign: 84.99 → 84.99%. */
    private static String rate(BigDecimal percent, Locale locale) {
        return percent == null ? null : Messages.render(UnitFormatter.percent(percent), locale);
    }

    /** The recorded category in the reader's language, and the evaluator's own words as written. */
    private static String deviation(EvaluationView.Deviation deviation, Locale locale) {
        String category = Messages.text("export.deviation." + deviation.category(), locale);
        return deviation.text() == null ? category
                : Messages.text("export.deviation-with-text", locale, category, deviation.text());
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    static Object plain(Object cell) {
        return cell instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : cell;
    }

    private record Labels(Locale locale) {

        String of(String key, Object... args) {
            return Messages.text(key, locale, args);
        }
    }
}
