package org.jixiao.round.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jixiao.evaluation.export.Table;
import org.jixiao.evaluation.export.Table.Figure;
import org.jixiao.evaluation.export.Table.Merge;
import org.jixiao.round.ReportView;
import org.jixiao.round.SelfEvaluationForm;
import org.jixiao.system.text.Messages;

/**
 * A self-evaluation report laid out like the official 项目支出绩效自评表 (forms.md §3): the title, the header (项目名称,
 * 主管部门, 实施单位, 年度, the report's and the evaluation's state), the funds block in 万元 (年度资金总额 with
 * 其中：当年财政拨款, 上年结转资金 and 其他资金 under 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分), the goal
 * (预期目标 beside 实际完成情况), one row per annual indicator under the official columns with each level-1 heading
 * carrying its points (产出指标（50分）), the closing rows 总分 | 100 | score and 自评等级, and the overall conclusions.
 * Labels and the title span the form's width; a level-1 heading spans its rows.
 */
public final class SelfEvaluationTables {

    /** Columns of the indicator block, which sets the form's width. */
    static final int WIDTH = 8;

    /** The row of the indicator block's column heads. */
    static final int INDICATOR_HEADS = 13;

    private static final BigDecimal FULL_MARKS = BigDecimal.valueOf(100);

    private SelfEvaluationTables() {
    }

    public static Table report(ReportView view, Locale locale) {
        SelfEvaluationForm form = view.selfEvaluation();
        List<List<Object>> rows = new ArrayList<>();
        List<Merge> merges = new ArrayList<>();
        rows.add(row(text("export.self.title", locale)));
        merges.add(across(0));
        rows.add(row(text("export.project-name", locale), view.projectName()));
        merges.add(new Merge(1, 1, 1, WIDTH - 1));
        rows.add(row(text("export.department", locale), view.departmentCode() + " " + view.departmentName(), null,
                null, text("export.monitoring.implementing-unit", locale), view.implementingUnit()));
        merges.add(new Merge(2, 2, 1, 3));
        merges.add(new Merge(2, 2, 5, WIDTH - 1));
        rows.add(row(text("export.fiscal-year", locale), BigDecimal.valueOf(view.fiscalYear()),
                text("export.monitoring.report-state", locale),
                text("export.monitoring.state." + view.state().name(), locale),
                text("export.self.evaluation-state", locale), evaluationState(form, locale),
                text("export.monitoring.as-of", locale), Objects.toString(form.asOf(), null)));

        rows.add(row(text("export.monitoring.funds", locale)));
        merges.add(across(4));
        rows.add(row(null, text("export.self.initial-budget", locale), text("export.self.annual-budget", locale),
                text("export.self.paid", locale), text("export.points", locale),
                text("export.self.execution-rate", locale), text("export.score", locale)));
        SelfEvaluationForm.Funds funds = form.funds();
        rows.add(row(text("export.self.funds-total", locale), tenThousands(funds.initialBudget()),
                tenThousands(funds.annualBudget()), tenThousands(funds.paid()), funds.points(),
                Figure.percent(funds.executionRate()), funds.score()));
        rows.add(row(text("export.self.funds-appropriation", locale), tenThousands(funds.appropriation())));
        rows.add(row(text("export.self.funds-carried-over", locale)));
        rows.add(row(text("export.self.funds-other", locale), tenThousands(funds.otherFunds())));

        rows.add(row(text("export.monitoring.goal", locale), text("export.self.goal-expected", locale), null, null,
                text("export.self.goal-actual", locale)));
        rows.add(row(null, form.goal().annual(), null, null, form.goal().actual()));
        merges.add(new Merge(10, 11, 0, 0));
        merges.add(new Merge(10, 10, 1, 3));
        merges.add(new Merge(10, 10, 4, WIDTH - 1));
        merges.add(new Merge(11, 11, 1, 3));
        merges.add(new Merge(11, 11, 4, WIDTH - 1));

        rows.add(row(text("export.monitoring.indicators", locale)));
        merges.add(across(12));
        rows.add(row(text("export.level1", locale), text("export.level2", locale), text("export.level3", locale),
                text("export.target", locale), text("export.actual", locale), text("export.points", locale),
                text("export.score", locale), text("export.self.deviation", locale)));
        int first = rows.size();
        for (SelfEvaluationForm.Line line : form.indicators()) {
            rows.add(row(heading(form, line.level1(), locale), line.level2(), line.level3(), line.target(),
                    actual(line, view.fiscalYear(), locale), line.points(), line.score(),
                    deviation(line, locale)));
        }
        merges.addAll(level1Spans(form.indicators(), first));

        int total = rows.size();
        rows.add(row(text("export.total", locale), null, null, null, null, FULL_MARKS, form.total()));
        merges.add(new Merge(total, total, 0, 4));
        rows.add(row(text("export.self.grade", locale), null, null, null, null, null,
                text("export.grade." + form.grade().name(), locale)));
        merges.add(new Merge(total + 1, total + 1, 0, 5));
        rows.add(row(text("export.self.conclusions", locale), form.conclusions()));
        merges.add(new Merge(total + 2, total + 2, 1, WIDTH - 1));
        return new Table(view.projectName(), rows, merges);
    }

    /** The level-1 heading with the points of its group, as the form prints it: 产出指标（50分）. */
    static String heading(SelfEvaluationForm form, String level1, Locale locale) {
        return form.groups().stream().filter(group -> Objects.equals(group.level1(), level1)).findFirst()
                .map(group -> text("export.self.group", locale, level1,
                        group.points().stripTrailingZeros().toPlainString()))
                .orElse(level1);
    }

    /** Consecutive rows of one level-1 indicator share one cell, as the printed form has it. */
    static List<Merge> level1Spans(List<SelfEvaluationForm.Line> lines, int firstRow) {
        List<Merge> spans = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= lines.size(); i++) {
            boolean runEnds = i == lines.size() || !Objects.equals(lines.get(i).level1(), lines.get(start).level1());
            if (runEnds) {
                if (i - start > 1) {
                    spans.add(new Merge(firstRow + start, firstRow + i - 1, 0, 0));
                }
                start = i;
            }
        }
        return spans;
    }

    /** The actual in its target's unit; for a judged indicator the evaluator's grade with the percent it gave. */
    private static String actual(SelfEvaluationForm.Line line, int fiscalYear, Locale locale) {
        String shown = ReportTables.inTargetUnit(line.actual(), line.target(), line.level2(), line.level3(),
                fiscalYear, locale);
        if (line.grade() == null) {
            return shown;
        }
        return text("export.self.graded", locale, line.grade(), line.actual().stripTrailingZeros().toPlainString());
    }

    /** 偏差原因分析及改进措施 in one cell: the cause, then the measure. */
    private static String deviation(SelfEvaluationForm.Line line, Locale locale) {
        if (line.cause() == null && line.measure() == null) {
            return null;
        }
        if (line.measure() == null) {
            return line.cause();
        }
        return text("export.self.cause-and-measure", locale, Objects.toString(line.cause(), ""), line.measure());
    }

    private static String evaluationState(SelfEvaluationForm form, Locale locale) {
        if ("FINAL".equals(form.evaluationState())) {
            return text("export.state.final", locale);
        }
        return text(form.projected() ? "export.state.projected-in-year" : "export.state.projected-draft", locale);
    }

    /** Yuan shown in 万元, as the funds block prints money; the cell keeps every digit. */
    private static Figure tenThousands(BigDecimal yuan) {
        return yuan == null ? null : Figure.money(yuan.movePointLeft(4));
    }

    private static Merge across(int row) {
        return new Merge(row, row, 0, WIDTH - 1);
    }

    private static String text(String key, Locale locale, Object... args) {
        return Messages.text(key, locale, args);
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }
}
