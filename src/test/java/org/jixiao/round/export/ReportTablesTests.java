package org.jixiao.round.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.evaluation.export.Table;
import org.jixiao.evaluation.export.TableWriters;
import org.jixiao.light.Light;
import org.jixiao.round.ReportState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTablesTests {

    private final Table table = ReportTables.report(ReportFixtures.report(1, "城市云平台运维", ReportState.SUBMITTED,
            false, null, Light.YELLOW, Light.GREEN, Light.RED, Light.RED), Locale.SIMPLIFIED_CHINESE);

    @Test
    void theIndicatorBlockHasTheOfficialColumnsWithThePeriodLabel() {
        assertThat(table.rows().get(ReportTables.INDICATOR_HEADS)).containsExactly("一级指标", "二级指标", "三级指标",
                "年度指标值", "1-7月实际完成值", "全年预计完成值", "完成目标可能性", "偏差原因", "原因说明", "改进措施");
        assertThat(table.rows().get(0)).containsExactly("项目支出绩效目标执行监控表");
        assertThat(table.rows().get(5)).startsWith("全年预算数（A）", "1-7月执行数（B）", "1-7月执行率（B/A）", "序时进度",
                "全年预计执行数", "预警灯");
    }

    @Test
    void theFundsAreFiguresIn10000YuanAndPercentages() {
        List<Object> funds = table.rows().get(6);
        assertThat(funds.get(0)).isEqualTo(new Table.Figure(new BigDecimal("70.6000"), Table.Format.MONEY));
        assertThat(funds.get(1)).isEqualTo(new Table.Figure(new BigDecimal("29.7540"), Table.Format.MONEY));
        assertThat(funds.get(2)).isEqualTo(new Table.Figure(new BigDecimal("0.4214"), Table.Format.PERCENT));
        assertThat(funds.get(3)).isEqualTo(new Table.Figure(new BigDecimal("0.6082"), Table.Format.PERCENT));
        assertThat(funds.get(5)).isEqualTo("黄灯");
    }

    @Test
    void valuesAreShownInTheUnitOfTheirTargetAndTheFilledInFieldsInTheirColumns() {
        List<Object> count = table.rows().get(11);
        List<Object> rate = table.rows().get(12);
        List<Object> cost = table.rows().get(13);
        assertThat(count.subList(3, 7)).containsExactly("293台", "290台", "497.14台", "确定能");
        assertThat(rate.subList(4, 10)).containsExactly("93%", "93%", "有可能", "经费保障、其他", "资金拨付滞后",
                "9月底前追加资金");
        // The person's projection replaces the prefill; money in the target's 万元.
        assertThat(cost.subList(4, 6)).containsExactly("72万元", "70万元");
    }

    @Test
    void theTitleAndBlockLabelsSpanTheWidthAndALevel1IndicatorSpansItsRows() {
        assertThat(table.merges()).contains(new Table.Merge(0, 0, 0, 9), new Table.Merge(4, 4, 0, 9),
                new Table.Merge(9, 9, 0, 9), new Table.Merge(11, 12, 0, 0));
        assertThat(table.merges()).doesNotContain(new Table.Merge(13, 13, 0, 0));
    }

    @Test
    void englishLabelsFollowTheLanguageWhileNamesStayAsWritten() {
        Table english = ReportTables.report(ReportFixtures.report(1, "城市云平台运维", ReportState.DRAFT, false, null,
                Light.YELLOW, Light.GREEN, Light.RED, Light.RED), Locale.ENGLISH);
        assertThat(english.rows().get(ReportTables.INDICATOR_HEADS).get(0)).isEqualTo("Level 1 indicator");
        assertThat(english.rows().get(12).get(7)).isEqualTo("Funding, Other");
        assertThat(english.rows().get(13).get(4)).isEqualTo("72 × 10,000 yuan");
        assertThat(english.rows().get(11).get(2)).isEqualTo("服务器运维台数");
    }

    @Test
    void theXlsxKeepsTheMergesAndTheNumberFormatsAndTheCsvTheSameRows() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableWriters.xlsx(table)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:J1"),
                    CellRangeAddress.valueOf("A12:A13"));
            Row funds = sheet.getRow(6);
            assertThat(funds.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(funds.getCell(0).getNumericCellValue()).isEqualTo(70.6);
            assertThat(funds.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(funds.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            // A merged range shows its first cell; the rows below keep no hidden copy.
            assertThat(sheet.getRow(12).getCell(0)).isNull();
        }
        String csv = new String(TableWriters.csv(table), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("一级指标,二级指标,三级指标,年度指标值,1-7月实际完成值,全年预计完成值,完成目标可能性,偏差原因,原因说明,改进措施")
                .contains("70.60,29.75,42.14%,60.82%,65.00,黄灯")
                .contains("产出指标,质量指标,系统可用率,≥95%,93%");
    }
}
