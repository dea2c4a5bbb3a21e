package org.jixiao.round;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.MovableClock;
import org.jixiao.support.TestSheets;
import org.jixiao.support.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exports of a January–July round over two projects of 2024 imported for the purpose (so that a measurement may
 * be written without touching the demo data), dispatched on 2025-08-10: a filled-in report as the official
 * 执行监控表 in XLSX and CSV, and the round as one workbook, read back with Apache POI. The shared clock is put back
 * afterwards.
 */
@IntegrationTest
class RoundExportIntegrationTests {

    private static final OffsetDateTime AUGUST_TENTH = OffsetDateTime.parse("2025-08-10T09:00:00+08:00");

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A target whose printed unit a value is shown in: 293台, ≥95%, ≤70.6万元. */
    private static final Pattern UNIT_TARGET = Pattern.compile("[≥]?\\d+(台|个|次|项|套|人)");

    private static final List<String> INDICATOR_COLUMNS = List.of("一级指标", "二级指标", "三级指标", "年度指标值",
            "1-7月实际完成值", "全年预计完成值", "完成目标可能性", "偏差原因", "原因说明", "改进措施");

    @Autowired
    WebTestClient admin;

    @Autowired
    MovableClock clock;

    @LocalServerPort
    int port;

    @BeforeEach
    void onAugustTenth2025() {
        clock.reset();
        clock.advance(Duration.between(clock.instant(), AUGUST_TENTH.toInstant()));
    }

    @AfterEach
    void restoreTheClock() {
        clock.reset();
    }

    @Test
    void aFilledInReportAndItsRoundDownloadInTheOfficialLayout() throws IOException {
        long project = imported("导出-城市云平台运维");
        long otherProject = imported("导出-城市云平台运维（二期）");
        long roundId = admin.post().uri("/api/v1/rounds").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "MONITORING", "fiscalYear", 2024, "title", "2024年1-7月绩效运行监控（导出）",
                        "periodFrom", "2024-01-01", "periodTo", "2024-07-31", "due", "2024-08-15",
                        "departments", List.of(), "projects", List.of(project, otherProject)))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asLong();
        JsonNode items = ok(admin.get().uri("/api/v1/rounds/{id}/reports", roundId));
        assertThat(items.size()).isEqualTo(2);
        long reportId = items.valueStream().filter(item -> item.get("projectId").asLong() == project).findFirst()
                .orElseThrow().get("id").asLong();
        JsonNode form = ok(admin.get().uri("/api/v1/reports/{id}", reportId)).get("form");
        int measured = unitLine(form);
        admin.post().uri("/api/v1/indicators/{id}/measurements",
                form.get("indicators").get(measured).get("indicatorId").asLong())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("value", 290, "observedAt", "2024-07-31", "evidenceUrl", "https://example.gov.cn/e"))
                .exchange().expectStatus().isCreated();
        ok(admin.put().uri("/api/v1/reports/{id}", reportId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(everyLineDoubtful(form)));
        JsonNode report = ok(admin.get().uri("/api/v1/reports/{id}", reportId));

        byte[] xlsx = admin.get().uri("/api/v1/reports/{id}", reportId).accept(MediaType.parseMediaType(XLSX))
                .exchange().expectStatus().isOk().expectHeader().contentType(XLSX)
                .expectHeader().valueMatches(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"report-\\d+\\.xlsx\"")
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertTheOfficialForm(workbook.getSheetAt(0), report);
        }

        String csv = new String(admin.get().uri("/api/v1/reports/{id}?format=csv", reportId).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody(),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF项目支出绩效目标执行监控表").contains(String.join(",", INDICATOR_COLUMNS))
                .contains("经费保障、其他");

        byte[] round = admin.get().uri("/api/v1/rounds/{id}/reports", roundId).accept(MediaType.parseMediaType(XLSX))
                .exchange().expectStatus().isOk().expectHeader().contentType(XLSX)
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(round))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(items.size() + 1);
            Sheet summary = workbook.getSheetAt(0);
            assertThat(summary.getSheetName()).isEqualTo("汇总");
            assertThat(text(summary.getRow(9))).containsExactly("项目名称", "主管部门", "状态", "逾期", "提交时间", "预警灯");
            assertThat(summary.getRow(4).getCell(0).getNumericCellValue()).isEqualTo(items.size());
            List<String> projects = IntStream.range(10, 10 + items.size())
                    .mapToObj(r -> summary.getRow(r).getCell(0).getStringCellValue()).toList();
            assertThat(projects).contains(report.get("projectName").asString());
            int sheet = 1 + projects.indexOf(report.get("projectName").asString());
            assertTheOfficialForm(workbook.getSheetAt(sheet), report);
        }

        // The same access as the JSON reads: an owner of the other project only (no department) gets neither this
        // report nor its sheet in the round's workbook.
        WebTestClient owner = client(token(List.of(otherProject)));
        owner.get().uri("/api/v1/reports/{id}?format=xlsx", reportId).exchange().expectStatus().isNotFound();
        byte[] ownWorkbook = owner.get().uri("/api/v1/rounds/{id}/reports?format=xlsx", roundId).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ownWorkbook))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
        }
    }

    private static void assertTheOfficialForm(Sheet sheet, JsonNode report) {
        JsonNode form = report.get("form");
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("项目支出绩效目标执行监控表");
        assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(report.get("projectName").asString());
        assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:J1"),
                CellRangeAddress.valueOf("A5:J5"), CellRangeAddress.valueOf("A10:J10"));
        assertThat(text(sheet.getRow(5)).subList(0, 4)).containsExactly("全年预算数（A）", "1-7月执行数（B）",
                "1-7月执行率（B/A）", "序时进度");
        assertThat(text(sheet.getRow(10))).containsExactlyElementsOf(INDICATOR_COLUMNS);

        Row funds = sheet.getRow(6);
        assertThat(funds.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(funds.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        assertThat(BigDecimal.valueOf(funds.getCell(0).getNumericCellValue()).setScale(4, RoundingMode.HALF_UP))
                .isEqualByComparingTo(form.get("funds").get("annualBudget").decimalValue().movePointLeft(4));
        assertThat(funds.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(funds.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
        assertThat(BigDecimal.valueOf(funds.getCell(3).getNumericCellValue()))
                .isEqualByComparingTo(form.get("funds").get("timeProgress").decimalValue());
        assertThat(funds.getCell(4).getNumericCellValue()).isEqualTo(50.0);

        int line = unitLine(form);
        Row row = sheet.getRow(11 + line);
        Matcher target = UNIT_TARGET.matcher(form.get("indicators").get(line).get("target").asString());
        assertThat(target.matches()).isTrue();
        assertThat(row.getCell(3).getStringCellValue()).isEqualTo(target.group());
        assertThat(row.getCell(4).getStringCellValue()).isEqualTo("290" + target.group(1));
        assertThat(row.getCell(6).getStringCellValue()).isEqualTo("有可能");
        assertThat(row.getCell(9).getStringCellValue()).isEqualTo("9月底前追加资金");
    }

    private long imported(String name) {
        return admin.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestSheets.json(TestSheets.variant("city-cloud-ops", 2024, name))).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody().get("id")
                .asLong();
    }

    private static int unitLine(JsonNode form) {
        JsonNode lines = form.get("indicators");
        return IntStream.range(0, lines.size())
                .filter(i -> UNIT_TARGET.matcher(lines.get(i).get("target").asString()).matches())
                .findFirst().orElseThrow();
    }

    private static Map<String, Object> everyLineDoubtful(JsonNode form) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (JsonNode indicator : form.get("indicators")) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("indicatorId", indicator.get("indicatorId").asLong());
            line.put("likelihood", "有可能");
            line.put("causes", List.of("经费保障", "其他"));
            line.put("causeText", "资金拨付滞后");
            line.put("measure", "9月底前追加资金");
            lines.add(line);
        }
        return Map.of("version", 0, "fundsProjected", 500000, "progress", "1-7月按计划推进", "indicators", lines);
    }

    private static List<String> text(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(row.getCell(c) == null ? null : formatter.formatCellValue(row.getCell(c)));
        }
        return cells;
    }

    private String token(List<Long> projects) {
        return admin.post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "round-export-owner-" + System.nanoTime(), "roles", List.of("OWNER"),
                        "departments", List.of(), "projects", projects))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("token").asString();
    }

    private WebTestClient client(String token) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)).build();
    }

    private static JsonNode ok(WebTestClient.RequestHeadersSpec<?> request) {
        return request.exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
