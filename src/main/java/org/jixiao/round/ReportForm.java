package org.jixiao.round;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jixiao.light.Light;

/**
 * The monitoring form (项目支出绩效目标执行监控表) as shown: Jixiao's figures beside what a person filled in. An
 * approved report stores this whole record as its snapshot. Money in yuan; rates as fractions (0.4512 = 45.12%).
 *
 * @param asOf the day the figures were read (for an approved report: the day it was approved)
 * @param periodLabel the period as the form prints it in column heads (1-7月)
 */
public record ReportForm(LocalDate asOf, String periodLabel, Funds funds, Goal goal, List<Line> indicators) {

    public ReportForm {
        indicators = List.copyOf(indicators);
    }

    /**
     * 项目资金: 全年预算数（A）, 执行数（B）, 执行率（B/A）, the time progress it is judged against, the budget light, and
     * 全年预计执行数 (filled in by a person).
     */
    public record Funds(BigDecimal annualBudget, BigDecimal paid, BigDecimal executionRate, BigDecimal timeProgress,
            Light light, String lightReason, BigDecimal projected) {
    }

    /** 年度总体目标 (from the sheet) and its 执行情况 (filled in by a person). */
    public record Goal(String annual, String progress) {
    }

    /**
     * One annual level-3 indicator: 年度指标值, 执行情况 (the latest actual with its evidence), the light,
     * 全年预计完成情况 (the person's figure, else the prefilled projection), 完成目标可能性, 偏差原因分析 (categories and
     * text) and the corrective measure.
     */
    public record Line(long indicatorId, String level1, String level2, String level3, String target,
            BigDecimal actual, LocalDate actualObservedAt, String evidenceUrl, String evidenceNote, Light light,
            String lightReason, BigDecimal projectedPrefill, BigDecimal projected, String likelihood,
            List<String> causes, String causeText, String measure) {

        public Line {
            causes = causes == null ? List.of() : List.copyOf(causes);
        }
    }
}
