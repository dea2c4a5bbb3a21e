package org.jixiao.evaluation;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestSheets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real sheet scored end to end through the API from measurements, a payment, a met deadline and evaluator grades,
 * against a computation by hand (domain §6, central pack), then exported and read back.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationIntegrationTests {

    /** Not 2025, whose 14 demo projects other tests of the shared context count. */
    private static final int YEAR = 2024;

    @Autowired
    WebTestClient admin;

    private long project;
    private final Map<String, Long> indicators = new HashMap<>();

    @BeforeAll
    void scoreTheCityCloudProject() {
        project = admin.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestSheets.json(TestSheets.variant("city-cloud-ops", YEAR, "评分-城市云平台运维")))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asLong();
        admin.get().uri("/api/v1/projects/{id}/indicators", project).exchange()
                .expectBody(JsonNode.class).returnResult().getResponseBody()
                .forEach(indicator -> indicators.put(indicator.get("level3").asString(), indicator.get("id").asLong()));
        measure("驻场人数", "8人");
        measure("服务器运维数量", "290台");
        measure("运维网络设备数量", "45台");
        measure("城市云平台设备及网络正常运行率", "96%");
        measure("故障发生率", "12%");
        measure("尾款控制数(万)", "75万元");
        measure("平台使用人员满意度(%)", "92%");
        admin.post().uri("/api/v1/checks/run").exchange().expectStatus().isOk();
        long drill = admin.get().uri("/api/v1/projects/{id}/milestones", project).exchange()
                .expectBody(JsonNode.class).returnResult().getResponseBody().valueStream()
                .filter(milestone -> milestone.get("title").asString().equals("护网行动开展时间")).findFirst()
                .orElseThrow().get("id").asLong();
        admin.post().uri("/api/v1/milestones/{id}/completion", drill).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("completedAt", YEAR + "-10-20")).exchange().expectStatus().isOk();
        admin.post().uri("/api/v1/projects/{id}/payments", project).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("amount", 600000, "paidAt", YEAR + "-12-20")).exchange().expectStatus().isCreated();
        admin.put().uri("/api/v1/projects/{id}/evaluation/{year}", project, YEAR).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("indicators", List.of(
                        Map.of("indicatorId", indicators.get("故障处理及时性"), "grade", "ACHIEVED", "gradePercent", 90),
                        Map.of("indicatorId", indicators.get("保障城市云平台、电子政务网正常运行"), "grade", "ACHIEVED",
                                "gradePercent", 100),
                        Map.of("indicatorId", indicators.get("加强数字政府、数字经济建设"), "grade", "PARTIAL",
                                "gradePercent", 70),
                        Map.of("indicatorId", indicators.get("故障发生率"),
                                "deviation", Map.of("category", "硬件条件保障", "text", "核心交换机老化")))))
                .exchange().expectStatus().isOk();
    }

    @Test
    void theScoreMatchesTheHandComputation() {
        JsonNode view = evaluation();
        JsonNode score = view.get("score");

        // 产出 50 points over 8 indicators = 6.25 each; 效益 30 over 2 = 15 each; 满意度 10; budget 10.
        assertThat(points(score, "驻场人数")).isEqualByComparingTo("6.25");          // 8 ≥ 8
        assertThat(points(score, "服务器运维数量")).isEqualByComparingTo("6.19");      // 6.25 × 290 / 293
        assertThat(points(score, "运维网络设备数量")).isEqualByComparingTo("6.25");    // 45 = 45
        assertThat(points(score, "城市云平台设备及网络正常运行率")).isEqualByComparingTo("6.25"); // 96 ≥ 95
        assertThat(points(score, "故障发生率")).isEqualByComparingTo("5.00");         // 6.25 × (1 − (12 − 10) / 10)
        assertThat(points(score, "护网行动开展时间")).isEqualByComparingTo("6.25");    // met 10-20, due 10-31
        assertThat(points(score, "故障处理及时性")).isEqualByComparingTo("5.63");      // 6.25 × 90 %
        assertThat(points(score, "尾款控制数(万)")).isEqualByComparingTo("5.86");     // 6.25 × (1 − 44000 / 706000)
        assertThat(points(score, "保障城市云平台、电子政务网正常运行")).isEqualByComparingTo("15.00");
        assertThat(points(score, "加强数字政府、数字经济建设")).isEqualByComparingTo("10.50"); // 15 × 70 %
        assertThat(points(score, "平台使用人员满意度(%)")).isEqualByComparingTo("10.00");
        assertThat(score.get("budget").get("score").decimalValue()).isEqualByComparingTo("8.50"); // 10 × 600000/706000
        assertThat(score.get("total").decimalValue()).isEqualByComparingTo(EXPECTED_TOTAL);
        assertThat(score.get("grade").asString()).isEqualTo("EXCELLENT");
        assertThat(view.get("projected").asBoolean()).isFalse();
        JsonNode cost = indicator(score, "尾款控制数(万)");
        assertThat(cost.get("a").decimalValue()).isEqualByComparingTo("706000");
        assertThat(cost.get("b").decimalValue()).isEqualByComparingTo("750000");
        assertThat(cost.get("origin").asString()).startsWith("measurement #");
        assertThat(view.get("deviations").get(0).get("category").asString()).isEqualTo("硬件条件保障");
    }

    /** The sum of the points above: 47.68 (产出) + 25.50 (效益) + 10.00 (满意度) + 8.50 (budget). */
    static final BigDecimal EXPECTED_TOTAL = new BigDecimal("91.68");

    @Test
    void theXlsxExportReadsBackWithTheSameNumbers() throws Exception {
        byte[] xlsx = admin.get().uri("/api/v1/projects/{id}/evaluation/{year}?format=xlsx", project, YEAR).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectBody(byte[].class).returnResult().getResponseBody();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<String, Row> byFirstCell = new HashMap<>();
            sheet.forEach(row -> {
                if (row.getCell(0) != null) {
                    byFirstCell.putIfAbsent(row.getCell(0).toString(), row);
                }
            });
            Row budgetHeader = byFirstCell.get("年度预算数（元）");
            Row budget = sheet.getRow(budgetHeader.getRowNum() + 1);
            assertThat(budget.getCell(0).getNumericCellValue()).isEqualTo(706000.0);
            assertThat(budget.getCell(1).getNumericCellValue()).isEqualTo(600000.0);
            assertThat(budget.getCell(4).getNumericCellValue()).isEqualTo(8.5);
            assertThat(byFirstCell.get("总分").getCell(1).getNumericCellValue()).isEqualTo(EXPECTED_TOTAL.doubleValue());
            Row header = byFirstCell.get("一级指标");
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("偏差原因");
            Row failures = rowWithLevel3(sheet, "故障发生率");
            assertThat(failures.getCell(4).getStringCellValue()).as("in the unit of ≤10%").isEqualTo("12%");
            assertThat(rowWithLevel3(sheet, "尾款控制数(万)").getCell(4).getStringCellValue()).isEqualTo("75万元");
            assertThat(failures.getCell(6).getNumericCellValue()).isEqualTo(5.0);
            assertThat(failures.getCell(7).getStringCellValue()).startsWith("硬件条件保障");
        }
    }

    @Test
    void theCsvListCarriesChineseHeadersAndTheScore() {
        byte[] csv = admin.get().uri("/api/v1/evaluations/{year}?format=csv&sort=name", YEAR).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        String text = new String(csv, StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFF项目名称,主管部门,年度预算数（元）,执行数（元）,执行率,得分,等级,状态");
        assertThat(text).contains("评分-城市云平台运维,102 晋城市数据局,706000,600000,");
        assertThat(text).contains("," + EXPECTED_TOTAL.toPlainString() + ",优,");
    }

    @Test
    void aFinalizedEvaluationRefusesChangesUntilReopened() {
        long other = admin.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestSheets.json(TestSheets.variant("digital-economy-services", YEAR, "评分-定稿")))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asLong();
        admin.post().uri("/api/v1/projects/{id}/evaluation/{year}/finalize", other, YEAR).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("FINAL");

        admin.put().uri("/api/v1/projects/{id}/evaluation/{year}", other, YEAR).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("indicators", List.of())).exchange().expectStatus().isEqualTo(409);
        admin.post().uri("/api/v1/projects/{id}/evaluation/{year}/reopen", other, YEAR).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", " ")).exchange().expectStatus().isEqualTo(422);
        admin.post().uri("/api/v1/projects/{id}/evaluation/{year}/reopen", other, YEAR).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "补录满意度调查")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("DRAFT");
        assertThat(admin.get().uri("/api/v1/audit?entity=evaluation").exchange().expectBody(String.class)
                .returnResult().getResponseBody()).contains("补录满意度调查").contains("finalize").contains("reopen");
    }

    @Test
    void badEvaluatorInputIsRefusedByField() {
        JsonNode problem = admin.put().uri("/api/v1/projects/{id}/evaluation/{year}", project, YEAR)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("indicators", List.of(
                        Map.of("indicatorId", indicators.get("故障处理及时性"), "grade", "PARTIAL", "gradePercent", 85),
                        Map.of("indicatorId", 987654),
                        Map.of("indicatorId", indicators.get("驻场人数"), "override", Map.of("points", 3)),
                        Map.of("indicatorId", indicators.get("服务器运维数量"),
                                "deviation", Map.of("category", "天气原因")))))
                .exchange().expectStatus().isEqualTo(422)
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("indicators[0].gradePercent",
                "indicators[1].indicatorId", "indicators[2].override.reason", "indicators[3].deviation.category");
        assertThat(points(evaluation().get("score"), "故障处理及时性")).isEqualByComparingTo("5.63");
    }

    @Test
    void anotherYearOfTheProjectIsNotFound() {
        admin.get().uri("/api/v1/projects/{id}/evaluation/{year}", project, YEAR - 1).exchange().expectStatus().isNotFound();
    }

    private JsonNode evaluation() {
        return admin.get().uri("/api/v1/projects/{id}/evaluation/{year}", project, YEAR).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private void measure(String level3, String value) {
        admin.post().uri("/api/v1/indicators/{id}/measurements", indicators.get(level3))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("value", value, "observedAt", YEAR + "-12-15")).exchange().expectStatus().isCreated();
    }

    private static JsonNode indicator(JsonNode score, String level3) {
        return score.get("indicators").valueStream().filter(each -> each.get("level3").asString().equals(level3))
                .findFirst().orElseThrow();
    }

    private static BigDecimal points(JsonNode score, String level3) {
        return indicator(score, level3).get("score").decimalValue();
    }

    private static Row rowWithLevel3(Sheet sheet, String level3) {
        for (Row row : sheet) {
            if (row.getCell(2) != null && row.getCell(2).toString().equals(level3)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + level3);
    }
}
