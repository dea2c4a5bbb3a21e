package org.jixiao.round.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jixiao.light.Light;
import org.jixiao.round.ReportForm;
import org.jixiao.round.ReportState;
import org.jixiao.round.ReportView;
import org.jixiao.round.RoundKind;

/** A report of the August round with three indicators: a count, a rate and a cost, two of them off target. */
final class ReportFixtures {

    static final LocalDate AUGUST_TENTH = LocalDate.of(2025, 8, 10);

    private ReportFixtures() {
    }

    static ReportView report(long id, String projectName, ReportState state, boolean late, Instant submittedAt,
            Light budgetLight, Light... indicatorLights) {
        ReportForm.Funds funds = new ReportForm.Funds(new BigDecimal("706000"), new BigDecimal("297540"),
                new BigDecimal("0.4214"), new BigDecimal("0.6082"), budgetLight, "执行率低于序时进度",
                new BigDecimal("650000"));
        List<ReportForm.Line> lines = List.of(
                new ReportForm.Line(41, "产出指标", "数量指标", "服务器运维台数", "293台", new BigDecimal("290"),
                        AUGUST_TENTH, null, null, indicatorLights[0], null, new BigDecimal("497.14"), null, "确定能",
                        List.of(), null, null),
                new ReportForm.Line(42, "产出指标", "质量指标", "系统可用率", "≥95%", new BigDecimal("93"), AUGUST_TENTH,
                        null, null, indicatorLights[1], "93%，低于目标值 ≥95%", new BigDecimal("93"), null, "有可能",
                        List.of("经费保障", "其他"), "资金拨付滞后", "9月底前追加资金"),
                new ReportForm.Line(43, "成本指标", "经济成本指标", "运维费用", "≤70.6万元", new BigDecimal("720000"),
                        AUGUST_TENTH, null, null, indicatorLights[2], null, null, new BigDecimal("700000"), "有可能",
                        List.of("经费保障"), null, "压缩开支"));
        ReportForm form = new ReportForm(AUGUST_TENTH, "1-7月", funds, new ReportForm.Goal("保障平台稳定运行",
                "1-7月按计划推进"), lines);
        return new ReportView(id, 7, "2025年1-7月绩效运行监控", RoundKind.MONITORING, 2025, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 7, 31), LocalDate.of(2025, 8, 15), 100 + id, projectName, "102", "市数据局",
                "市大数据中心", state, 3, late, false, form, null, List.of(), null, Map.of(), null, submittedAt,
                submittedAt == null ? null : "owner", null, null, "owner", submittedAt);
    }
}
