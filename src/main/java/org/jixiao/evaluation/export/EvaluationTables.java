package org.jixiao.evaluation.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jixiao.evaluation.EvaluationView;
import org.jixiao.evaluation.scoring.BudgetScore;
import org.jixiao.evaluation.scoring.IndicatorScore;

/**
 * Self-evaluations laid out like the official self-evaluation table (项目支出绩效自评表): the budget block (年度预算数,
 * 执行数, 执行率, 分值, 得分), then one row per indicator (一级/二级/三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因),
 * then the total, and whether the score is final (最终) or still a projection (预计). Money in yuan, rates as fractions
 * with four decimals. A FINAL evaluation is exported with its frozen figures only.
 */
public final class EvaluationTables {

    private EvaluationTables() {
    }

    public static Table project(EvaluationView view) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("项目名称", view.projectName()));
        rows.add(row("主管部门", view.departmentCode() + " " + view.departmentName()));
        rows.add(row("年度", BigDecimal.valueOf(view.fiscalYear())));
        rows.add(row("状态", state(view)));
        rows.add(row("评分规则", view.score().packName() + " " + view.score().packVersion()));
        rows.add(row());
        rows.add(row("年度预算数", "执行数", "执行率", "分值", "得分"));
        BudgetScore budget = view.score().budget();
        rows.add(row(budget.annualBudget(), budget.paid(), budget.executionRate(), budget.points(), budget.score()));
        rows.add(row());
        rows.add(row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"));
        Map<Long, String> deviations = view.deviations().stream().collect(Collectors.toMap(
                EvaluationView.Deviation::indicatorId,
                deviation -> deviation.category() + (deviation.text() == null ? "" : "：" + deviation.text())));
        for (IndicatorScore indicator : view.score().indicators()) {
            rows.add(row(indicator.level1(), indicator.level2(), indicator.level3(), indicator.targetText(),
                    indicator.b(), indicator.w(), indicator.score(), deviations.get(indicator.indicatorId())));
        }
        rows.add(row());
        rows.add(row("总分", view.score().total()));
        rows.add(row("等级", view.score().grade().label()));
        return new Table(view.projectName().length() > 31 ? view.projectName().substring(0, 31) : view.projectName(),
                rows);
    }

    public static Table list(int fiscalYear, List<EvaluationView> views) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("项目名称", "主管部门", "年度预算数", "执行数", "执行率", "得分", "等级", "状态"));
        for (EvaluationView view : views) {
            BudgetScore budget = view.score().budget();
            rows.add(row(view.projectName(), view.departmentCode() + " " + view.departmentName(),
                    budget.annualBudget(), budget.paid(), budget.executionRate(), view.score().total(),
                    view.score().grade().label(), state(view)));
        }
        return new Table(fiscalYear + "年度绩效自评", rows);
    }

    /**
     * 最终 for a FINAL evaluation (its frozen score, even when it was finalized before the year was over); 预计 for
     * any other, whose score still follows the data: 预计（年度未结束） during the year, 预计（未定稿） after it.
     */
    static String state(EvaluationView view) {
        if ("FINAL".equals(view.state())) {
            return "最终";
        }
        return view.projected() ? "预计（年度未结束）" : "预计（未定稿）";
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    static Object plain(Object cell) {
        return cell instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : cell;
    }
}
