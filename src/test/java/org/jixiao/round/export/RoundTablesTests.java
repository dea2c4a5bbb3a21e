package org.jixiao.round.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.jixiao.evaluation.export.Table;
import org.jixiao.light.Light;
import org.jixiao.round.ReportState;
import org.jixiao.round.ReportView;
import org.jixiao.round.Round;
import org.jixiao.round.RoundKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoundTablesTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Round round = new Round(7, RoundKind.MONITORING, 2025, "2025年1-7月绩效运行监控",
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 31), LocalDate.of(2025, 8, 15), List.of("102"), List.of(),
            "admin", Instant.parse("2025-08-01T01:00:00Z"), new Round.Progress(2, 1, 1, 0, 0, 1));

    private final List<ReportView> reports = List.of(
            ReportFixtures.report(1, "城市云平台运维", ReportState.SUBMITTED, false,
                    Instant.parse("2025-08-12T02:30:00Z"), Light.GREEN, Light.GREEN, Light.YELLOW, Light.GREEN),
            ReportFixtures.report(2, "城市云平台运维", ReportState.DRAFT, true, null, Light.GREEN, Light.GREEN,
                    Light.RED, Light.BLUE));

    @Test
    void theSummaryCountsTheReportsByStateAndByLightAndListsEachReport() {
        Table summary = RoundTables.summary(round, reports, Locale.SIMPLIFIED_CHINESE, SHANGHAI);

        assertThat(summary.name()).isEqualTo("汇总");
        assertThat(summary.rows().get(3)).containsExactly("报告数", "草稿", "已提交", "已退回", "已审核通过", "逾期");
        assertThat(summary.rows().get(4)).containsExactly(BigDecimal.valueOf(2), BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE);
        assertThat(summary.rows().get(6)).containsExactly("红灯", "黄灯", "蓝灯", "绿灯", "无灯");
        assertThat(summary.rows().get(7)).containsExactly(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(summary.rows().get(9)).containsExactly("项目名称", "主管部门", "状态", "逾期", "提交时间", "预警灯");
        assertThat(summary.rows().get(10)).containsExactly("城市云平台运维", "102 市数据局", "已提交", "否",
                "2025-08-12 10:30", "黄灯");
        assertThat(summary.rows().get(11)).containsExactly("城市云平台运维", "102 市数据局", "草稿", "是", null, "红灯");
    }

    @Test
    void theWorkbookHasTheSummaryAndASheetPerReport() {
        List<Table> sheets = RoundTables.workbook(round, reports, Locale.ENGLISH, SHANGHAI);

        assertThat(sheets).extracting(Table::name).containsExactly("Summary", "城市云平台运维", "城市云平台运维");
        assertThat(sheets.get(0).rows().get(10)).contains("Submitted", "no", "yellow");
    }
}
