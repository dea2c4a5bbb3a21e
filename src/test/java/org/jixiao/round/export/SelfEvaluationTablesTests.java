package org.jixiao.round.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jixiao.evaluation.export.Table;
import org.jixiao.evaluation.export.Table.Merge;
import org.jixiao.evaluation.scoring.Grade;
import org.jixiao.round.ReportState;
import org.jixiao.round.ReportView;
import org.jixiao.round.RoundKind;
import org.jixiao.round.SelfEvaluationForm;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SelfEvaluationTablesTests {

    @Test
    void theFormHasTheOfficialBlocksAndColumns() {
        Table table = ReportTables.report(view(), Locale.SIMPLIFIED_CHINESE);

        assertThat(table.rows().get(0)).containsExactly("项目支出绩效自评表");
        assertThat(table.rows().get(5)).containsExactly(null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率",
                "得分");
        assertThat(table.rows().get(13)).containsExactly("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                "分值", "得分", "偏差原因分析及改进措施");
        List<Object> measured = table.rows().get(14);
        assertThat(measured.get(0)).isEqualTo("产出指标（50分）");
        assertThat(measured.get(4)).isEqualTo("88%");
        assertThat(measured.get(7)).isEqualTo("服务器老化；改进措施：次年一季度前扩容");
        assertThat(table.rows().get(15).get(4)).isEqualTo("部分达成年度指标并具有一定效果（70%）");
        assertThat(table.rows().get(16)).containsExactly("总分", null, null, null, null, BigDecimal.valueOf(100),
                new BigDecimal("79.20"));
        assertThat(table.rows().get(17).get(6)).isEqualTo("中");
        assertThat(table.merges()).contains(new Merge(14, 15, 0, 0), new Merge(10, 11, 0, 0));
    }

    @Test
    void labelsFollowTheReadersLanguage() {
        Table table = ReportTables.report(view(), Locale.ENGLISH);

        assertThat(table.rows().get(13).get(7)).isEqualTo("Causes of deviation and measures");
        assertThat(table.rows().get(14).get(0)).isEqualTo("产出指标 (50 points)");
        assertThat(table.rows().get(14).get(7)).isEqualTo("服务器老化; measure: 次年一季度前扩容");
        assertThat(table.rows().get(17).get(0)).isEqualTo("Self-evaluation grade");
    }

    private static ReportView view() {
        SelfEvaluationForm form = new SelfEvaluationForm(LocalDate.of(2026, 1, 10), "FINAL",
                LocalDate.of(2026, 1, 10), false,
                new SelfEvaluationForm.Funds(new BigDecimal("1000000"), new BigDecimal("900000"),
                        new BigDecimal("100000"), new BigDecimal("1000000"), new BigDecimal("950000"),
                        BigDecimal.TEN, new BigDecimal("0.95"), new BigDecimal("9.50")),
                new SelfEvaluationForm.Goal("保障平台稳定运行", "全年稳定运行"),
                List.of(new SelfEvaluationForm.Group("产出指标", new BigDecimal("50.00"), new BigDecimal("39.70"))),
                List.of(new SelfEvaluationForm.Line(41, "产出指标", "质量指标", "系统可用率", "≥95%", new BigDecimal("88"),
                                null, new BigDecimal("25"), new BigDecimal("23.16"), "W × B / A", List.of(), null,
                                "服务器老化", "次年一季度前扩容"),
                        new SelfEvaluationForm.Line(42, "产出指标", "质量指标", "服务质量", "服务质量明显提升",
                                new BigDecimal("70"), "部分达成年度指标并具有一定效果", new BigDecimal("25"),
                                new BigDecimal("17.50"), "PARTIAL: W × 70 / 100", List.of(), null, "培训不足",
                                "加强培训")),
                new BigDecimal("79.20"), Grade.FAIR, "中", "全年目标基本完成", "central", "1");
        return new ReportView(9, 3, "2025年度项目绩效自评", RoundKind.SELF_EVALUATION, 2025, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 31), 6, "城市云平台运维项目", "102", "晋城市数据局",
                "市大数据中心", ReportState.APPROVED, 7, false, true, null, form, List.of(), null, Map.of(), null,
                null, "owner", null, "manager", "owner", null);
    }
}
