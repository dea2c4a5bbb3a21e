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
import org.jixiao.indicator.grammar.Target;
import org.jixiao.indicator.grammar.TargetKind;
import org.jixiao.indicator.grammar.TargetParser;
import org.jixiao.light.Light;
import org.jixiao.measurement.UnitFormatter;
import org.jixiao.round.ReportForm;
import org.jixiao.round.ReportView;
import org.jixiao.system.text.Messages;

/**
 * A report laid out like the official monitoring form (项目支出绩效目标执行监控表, forms.md §1): the title, the header
 * (项目名称, 主管部门, 实施单位, 年度, the period), the funds block in 万元 with the execution rate and time progress as
 * percentages and the budget light, the goal, and one row per annual indicator under the official columns. Block
 * labels and the title span the form's width; a level-1 indicator spans its rows. The actual and the projection are
 * shown in the unit their target is printed in.
 */
public final class ReportTables {

    /** Columns of the indicator block, which sets the form's width. */
    static final int WIDTH = 10;

    /** The row of the indicator block's column heads. */
    static final int INDICATOR_HEADS = 10;

    // Only the unit of a printed target is needed here, which no reading policy changes.
    private static final TargetParser TARGETS = new TargetParser();

    private ReportTables() {
    }

    /** The report in the official layout of its round's form: this one, or {@link SelfEvaluationTables}'. */
    public static Table report(ReportView view, Locale locale) {
        if (view.selfEvaluation() != null) {
            return SelfEvaluationTables.report(view, locale);
        }
        ReportForm form = view.form();
        String period = form.periodLabel();
        List<List<Object>> rows = new ArrayList<>();
        List<Merge> merges = new ArrayList<>();
        rows.add(row(text("export.monitoring.title", locale)));
        merges.add(across(0));
        rows.add(row(text("export.project-name", locale), view.projectName()));
        merges.add(new Merge(1, 1, 1, WIDTH - 1));
        rows.add(row(text("export.department", locale), view.departmentCode() + " " + view.departmentName(), null,
                null, null, text("export.monitoring.implementing-unit", locale), view.implementingUnit()));
        merges.add(new Merge(2, 2, 1, 4));
        merges.add(new Merge(2, 2, 6, WIDTH - 1));
        rows.add(row(text("export.fiscal-year", locale), BigDecimal.valueOf(view.fiscalYear()),
                text("export.monitoring.period", locale), period, text("export.monitoring.report-state", locale),
                text("export.monitoring.state." + view.state().name(), locale),
                text("export.monitoring.as-of", locale), Objects.toString(form.asOf(), null)));

        rows.add(row(text("export.monitoring.funds", locale)));
        merges.add(across(4));
        rows.add(row(text("export.monitoring.annual-budget", locale), text("export.monitoring.paid", locale, period),
                text("export.monitoring.execution-rate", locale, period),
                text("export.monitoring.time-progress", locale), text("export.monitoring.funds-projected", locale),
                text("export.monitoring.light", locale), text("export.monitoring.light-reason", locale)));
        merges.add(new Merge(5, 5, 6, WIDTH - 1));
        ReportForm.Funds funds = form.funds();
        rows.add(row(tenThousands(funds.annualBudget()), tenThousands(funds.paid()),
                Figure.percent(funds.executionRate()), Figure.percent(funds.timeProgress()),
                tenThousands(funds.projected()), light(funds.light(), locale), funds.lightReason()));
        merges.add(new Merge(6, 6, 6, WIDTH - 1));

        rows.add(row(text("export.monitoring.goal", locale), form.goal().annual()));
        merges.add(new Merge(7, 7, 1, WIDTH - 1));
        rows.add(row(text("export.monitoring.goal-progress", locale, period), form.goal().progress()));
        merges.add(new Merge(8, 8, 1, WIDTH - 1));

        rows.add(row(text("export.monitoring.indicators", locale)));
        merges.add(across(9));
        rows.add(row(text("export.level1", locale), text("export.level2", locale), text("export.level3", locale),
                text("export.target", locale), text("export.monitoring.actual", locale, period),
                text("export.monitoring.projected", locale), text("export.monitoring.likelihood", locale),
                text("export.monitoring.causes", locale), text("export.monitoring.cause-text", locale),
                text("export.monitoring.measure", locale)));
        int first = rows.size();
        for (ReportForm.Line line : form.indicators()) {
            BigDecimal projected = line.projected() != null ? line.projected() : line.projectedPrefill();
            rows.add(row(line.level1(), line.level2(), line.level3(), line.target(),
                    inTargetUnit(line.actual(), line, view.fiscalYear(), locale),
                    inTargetUnit(projected, line, view.fiscalYear(), locale),
                    line.likelihood() == null ? null
                            : text("export.monitoring.likelihood." + line.likelihood(), locale),
                    causes(line.causes(), locale), line.causeText(), line.measure()));
        }
        merges.addAll(level1Spans(form.indicators(), first));
        return new Table(view.projectName(), rows, merges);
    }

    /** Consecutive rows of one level-1 indicator share one cell, as the printed form has it. */
    static List<Merge> level1Spans(List<ReportForm.Line> lines, int firstRow) {
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

    /**
     * A value in the unit its target is printed in (72万元 beside ≤70.6万元, 290台 beside 293台); a qualitative grade
     * as the percent it earned. Blank when there is none.
     */
    static String inTargetUnit(BigDecimal value, ReportForm.Line line, int fiscalYear, Locale locale) {
        return inTargetUnit(value, line.target(), line.level2(), line.level3(), fiscalYear, locale);
    }

    /** The same, for an indicator given by its printed target and its level names (which decide a bare 万). */
    static String inTargetUnit(BigDecimal value, String targetText, String level2, String level3, int fiscalYear,
            Locale locale) {
        if (value == null) {
            return null;
        }
        if (targetText == null || targetText.isBlank()) {
            return Messages.render(UnitFormatter.inUnit(value.stripTrailingZeros().toPlainString(), null), locale);
        }
        Target target = TARGETS.parse(targetText, fiscalYear, level2, level3);
        return Messages.render(target.kind() == TargetKind.QUALITATIVE ? UnitFormatter.percent(value)
                : UnitFormatter.value(value, target), locale);
    }

    static String light(Light light, Locale locale) {
        return text("light." + (light == null ? Light.NONE : light).name().toLowerCase(Locale.ROOT), locale);
    }

    /** The categories in the reader's language, in the order chosen. */
    private static String causes(List<String> causes, Locale locale) {
        if (causes.isEmpty()) {
            return null;
        }
        return String.join(Messages.english(locale) ? ", " : "、",
                causes.stream().map(cause -> text("export.deviation." + cause, locale)).toList());
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
