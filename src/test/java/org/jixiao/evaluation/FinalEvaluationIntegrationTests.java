package org.jixiao.evaluation;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.MovableClock;
import org.jixiao.support.TestSheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FINAL means frozen: finalizing stores the figures and the score, later data leaves them alone (today's figures are
 * shown beside them under {@code live}), finalizing during the year needs a reason, reopening computes live again,
 * the exports say 最终, and evaluations finalized before snapshots were stored are frozen. Projects of the running year (whatever the clock says) stand for "before the year ends",
 * projects of 2023 for "after".
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinalEvaluationIntegrationTests {

    private static final int PAST_YEAR = 2023;

    @Autowired
    WebTestClient admin;

    @Autowired
    MovableClock clock;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    DatabaseClient db;

    @Autowired
    TransactionalOperator transaction;

    @Test
    void aPaymentAndAMeasurementAfterFinalizingLeaveTheFinalScoreGradeAndPointsAsTheyWere() {
        int year = thisYear();
        long project = scoredCityCloud(year, "定稿冻结-付款与实测");
        JsonNode finalized = finalize(project, year, Map.of("reason", "项目已提前完工验收")).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        // Unpaid and the drill not held: 47.68 − 6.25 (产出) + 25.50 (效益) + 10.00 (满意度) + 0 (budget).
        assertThat(total(finalized.get("score"))).isEqualByComparingTo("76.93");
        assertThat(finalized.get("score").get("grade").asString()).isEqualTo("FAIR");

        admin.post().uri("/api/v1/projects/{id}/payments", project).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("amount", 600000, "paidAt", today().toString())).exchange()
                .expectStatus().isCreated();
        measure(project, "故障发生率", "10%");
        JsonNode after = evaluation(project, year);

        assertThat(after.get("state").asString()).isEqualTo("FINAL");
        assertThat(after.get("projected").asBoolean()).isFalse();
        assertThat(after.get("asOf")).isEqualTo(finalized.get("asOf"));
        assertThat(after.get("score")).isEqualTo(finalized.get("score"));
        assertThat(total(after.get("score"))).isEqualByComparingTo("76.93");
        assertThat(after.get("score").get("grade").asString()).isEqualTo("FAIR");
        assertThat(after.get("score").get("budget").get("score").decimalValue()).isEqualByComparingTo("0");
        assertThat(points(after.get("score"), "故障发生率")).isEqualByComparingTo("5.00");
        // Beside it, what today's data gives: + 8.50 for the payment, + 1.25 for the better failure rate.
        JsonNode live = after.get("live");
        assertThat(live.get("projected").asBoolean()).isTrue();
        assertThat(live.get("asOf").asString()).isEqualTo(today().toString());
        assertThat(total(live.get("score"))).isEqualByComparingTo("86.68");
        assertThat(live.get("score").get("grade").asString()).isEqualTo("GOOD");
        assertThat(live.get("score").get("budget").get("score").decimalValue()).isEqualByComparingTo("8.50");
        assertThat(points(live.get("score"), "故障发生率")).isEqualByComparingTo("6.25");
        // The list of the year shows the frozen score too.
        JsonNode listed = admin.get().uri("/api/v1/evaluations/{year}", year).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().valueStream()
                .filter(view -> view.get("projectId").asLong() == project).findFirst().orElseThrow();
        assertThat(listed.get("score")).isEqualTo(finalized.get("score"));
    }

    @Test
    void replacingTheSheetAfterFinalizingLeavesTheFinalEvaluationAsItWas() {
        String name = "定稿冻结-目标调整";
        long project = scoredCityCloud(PAST_YEAR, name);
        JsonNode finalized = finalize(project, PAST_YEAR, null).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        ObjectNode sheet = TestSheets.variant("city-cloud-ops", PAST_YEAR, name);
        ArrayNode annual = (ArrayNode) sheet.get("indicators").get("annual");
        annual.remove(0); // 驻场人数 is dropped, with its measurement
        admin.put().uri("/api/v1/projects/{id}/sheet", project).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestSheets.json(sheet)).exchange().expectStatus().isOk();
        JsonNode after = evaluation(project, PAST_YEAR);

        assertThat(after.get("score")).isEqualTo(finalized.get("score"));
        assertThat(after.get("deviations")).isEqualTo(finalized.get("deviations"));
        assertThat(points(after.get("score"), "驻场人数")).isEqualByComparingTo("6.25");
        assertThat(after.get("live").get("score").get("indicators").valueStream()
                .map(indicator -> indicator.get("level3").asString())).doesNotContain("驻场人数");
    }

    @Test
    void finalizingBeforeTheYearEndsWithoutAReasonIsRefusedNamingReasonAndChangesNothing() {
        int year = thisYear();
        long project = importCityCloud(year, "定稿-缺理由");

        for (Map<String, Object> body : List.of(Map.<String, Object>of(), Map.<String, Object>of("reason", "  "))) {
            JsonNode problem = finalize(project, year, body).expectStatus().isEqualTo(422)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
            assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("reason");
        }
        admin.post().uri("/api/v1/projects/{id}/evaluation/{year}/finalize", project, year).exchange()
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");

        JsonNode evaluation = evaluation(project, year);
        assertThat(evaluation.get("state").asString()).isEqualTo("DRAFT");
        assertThat(evaluation.get("finalizedAt").isNull()).isTrue();
        assertThat(evaluation.get("projected").asBoolean()).isTrue();
        assertThat(evaluation.get("live").isNull()).isTrue();
        assertThat(auditOf(project, year)).isEmpty();
    }

    @Test
    void finalizingBeforeTheYearEndsWithAReasonFreezesItAndRecordsTheReason() {
        int year = thisYear();
        long project = importCityCloud(year, "定稿-有理由");

        JsonNode finalized = finalize(project, year, Map.of("reason", "  项目已于11月完工验收 ")).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(finalized.get("state").asString()).isEqualTo("FINAL");
        assertThat(finalized.get("finalizeReason").asString()).isEqualTo("项目已于11月完工验收");
        assertThat(finalized.get("finalizedBy").asString()).isNotBlank();
        assertThat(finalized.get("projected").asBoolean()).isFalse();
        assertThat(finalized.get("live").get("projected").asBoolean()).isTrue();
        assertThat(evaluation(project, year).get("finalizeReason").asString()).isEqualTo("项目已于11月完工验收");
        JsonNode audited = auditOf(project, year).getFirst();
        assertThat(audited.get("action").asString()).isEqualTo("finalize");
        assertThat(audited.get("after").get("reason").asString()).isEqualTo("项目已于11月完工验收");
        assertThat(audited.get("after").get("total").decimalValue())
                .isEqualByComparingTo(total(finalized.get("score")));
    }

    @Test
    void afterTheYearEndsFinalizingNeedsNoReason() {
        long project = importCityCloud(PAST_YEAR, "定稿-年度已结束");

        JsonNode finalized = admin.post().uri("/api/v1/projects/{id}/evaluation/{year}/finalize", project, PAST_YEAR)
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(finalized.get("state").asString()).isEqualTo("FINAL");
        assertThat(finalized.get("finalizeReason").isNull()).isTrue();
        assertThat(finalized.get("live").get("projected").asBoolean()).isFalse();
        assertThat(auditOf(project, PAST_YEAR).getFirst().get("after").has("reason")).isFalse();
        finalize(project, PAST_YEAR, null).expectStatus().isEqualTo(409);
    }

    @Test
    void reopeningReturnsToLiveFigures() {
        int year = thisYear();
        long project = scoredCityCloud(year, "定稿-重新打开");
        JsonNode finalized = finalize(project, year, Map.of("reason", "提前定稿")).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        admin.post().uri("/api/v1/projects/{id}/payments", project).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("amount", 600000, "paidAt", today().toString())).exchange()
                .expectStatus().isCreated();
        JsonNode liveBeforeReopening = evaluation(project, year).get("live").get("score");

        JsonNode reopened = admin.post().uri("/api/v1/projects/{id}/evaluation/{year}/reopen", project, year)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "补录付款")).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(reopened.get("state").asString()).isEqualTo("DRAFT");
        assertThat(reopened.get("projected").asBoolean()).isTrue();
        assertThat(reopened.get("asOf").asString()).isEqualTo(today().toString());
        assertThat(reopened.get("live").isNull()).isTrue();
        assertThat(reopened.get("finalizeReason").isNull()).isTrue();
        assertThat(reopened.get("score")).isEqualTo(liveBeforeReopening);
        assertThat(reopened.get("score").get("budget").get("score").decimalValue()).isEqualByComparingTo("8.50");
        assertThat(total(reopened.get("score"))).isEqualByComparingTo(total(finalized.get("score")).add(
                new BigDecimal("8.50")));
        JsonNode audited = auditOf(project, year).getFirst();
        assertThat(audited.get("action").asString()).isEqualTo("reopen");
        assertThat(audited.get("before").get("total").decimalValue())
                .isEqualByComparingTo(total(finalized.get("score")));
        assertThat(audited.get("after").get("reason").asString()).isEqualTo("补录付款");
    }

    @Test
    void bothExportsSayFinalForAFinalEvaluationAndProjectedForADraft() throws Exception {
        int year = thisYear();
        long finalized = importCityCloud(year, "定稿-导出");
        importCityCloud(year, "定稿-导出-草稿");
        finalize(finalized, year, Map.of("reason", "提前定稿")).expectStatus().isOk();

        String csv = new String(admin.get().uri("/api/v1/projects/{id}/evaluation/{year}?format=csv", finalized, year)
                .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody(),
                StandardCharsets.UTF_8);
        byte[] xlsx = admin.get().uri("/api/v1/projects/{id}/evaluation/{year}?format=xlsx", finalized, year)
                .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        String list = new String(admin.get().uri("/api/v1/evaluations/{year}?format=csv&sort=name", year).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody(),
                StandardCharsets.UTF_8);

        assertThat(csv).contains("\r\n状态,最终\r\n").doesNotContain("预计");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Map<String, Row> byFirstCell = new HashMap<>();
            workbook.getSheetAt(0).forEach(row -> {
                if (row.getCell(0) != null) {
                    byFirstCell.putIfAbsent(row.getCell(0).toString(), row);
                }
            });
            assertThat(byFirstCell.get("状态").getCell(1).getStringCellValue()).isEqualTo("最终");
        }
        assertThat(list.lines().filter(line -> line.startsWith("定稿-导出,"))).singleElement()
                .satisfies(line -> assertThat(line).endsWith(",最终"));
        assertThat(list.lines().filter(line -> line.startsWith("定稿-导出-草稿,"))).singleElement()
                .satisfies(line -> assertThat(line).endsWith(",预计（年度未结束）"));
    }

    @Test
    void anEvaluationFinalizedBeforeSnapshotsWereStoredIsFrozenByTheFreezeAtStart() {
        long project = scoredCityCloud(PAST_YEAR, "定稿-升级前");
        // What V8 finds: FINAL without a snapshot. Its check is NOT VALID for exactly such rows; one transaction, so
        // no other session ever sees the table without the check.
        db.sql("alter table evaluation drop constraint evaluation_final_has_snapshot").then()
                .then(db.sql("update evaluation set state = 'FINAL', finalized_by = 'before-v8', finalized_at = now()"
                                + " where project_id = :id and fiscal_year = :year")
                        .bind("id", project).bind("year", PAST_YEAR).then())
                .then(db.sql("alter table evaluation add constraint evaluation_final_has_snapshot"
                        + " check (state <> 'FINAL' or snapshot is not null) not valid").then())
                .as(transaction::transactional).block(Duration.ofSeconds(30));

        assertThat(evaluations.freezeFinalWithoutSnapshot().block(Duration.ofSeconds(30))).isPositive();
        JsonNode frozen = evaluation(project, PAST_YEAR);
        admin.post().uri("/api/v1/projects/{id}/payments", project).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("amount", 600000, "paidAt", PAST_YEAR + "-12-20")).exchange()
                .expectStatus().isCreated();
        JsonNode after = evaluation(project, PAST_YEAR);

        assertThat(frozen.get("state").asString()).isEqualTo("FINAL");
        assertThat(frozen.get("asOf").asString()).isEqualTo(today().toString());
        assertThat(after.get("score")).isEqualTo(frozen.get("score"));
        assertThat(after.get("live").get("score").get("budget").get("score").decimalValue())
                .isEqualByComparingTo("8.50");
        JsonNode audited = auditOf(project, PAST_YEAR).getFirst();
        assertThat(audited.get("action").asString()).isEqualTo("freeze");
        assertThat(audited.get("after").get("total").decimalValue()).isEqualByComparingTo(total(frozen.get("score")));
        assertThat(evaluations.freezeFinalWithoutSnapshot().block(Duration.ofSeconds(30))).isZero();
    }

    @Test
    void theApiDescriptionOffersTheFinalizeReasonWithoutRequiringABody() {
        JsonNode docs = admin.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        JsonNode finalize = docs.get("paths").get("/api/v1/projects/{id}/evaluation/{fiscalYear}/finalize").get("post");
        assertThat(finalize.get("requestBody").path("required").asBoolean(false)).isFalse();
        String schema = finalize.get("requestBody").get("content").get("application/json").get("schema").get("$ref")
                .asString();
        assertThat(docs.get("components").get("schemas").get(schema.substring(schema.lastIndexOf('/') + 1))
                .get("properties").has("reason")).isTrue();
        assertThat(finalize.get("description").asString()).contains("reason");
    }

    private int thisYear() {
        return today().getYear();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long importCityCloud(int year, String name) {
        return admin.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestSheets.json(TestSheets.variant("city-cloud-ops", year, name)))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asLong();
    }

    /**
     * The city cloud project scored as in {@link EvaluationIntegrationTests}, measured now, but neither paid nor with
     * its drill (护网行动) held.
     */
    private long scoredCityCloud(int year, String name) {
        long project = importCityCloud(year, name);
        measure(project, "驻场人数", "8人");
        measure(project, "服务器运维数量", "290台");
        measure(project, "运维网络设备数量", "45台");
        measure(project, "城市云平台设备及网络正常运行率", "96%");
        measure(project, "故障发生率", "12%");
        measure(project, "尾款控制数(万)", "75万元");
        measure(project, "平台使用人员满意度(%)", "92%");
        admin.put().uri("/api/v1/projects/{id}/evaluation/{year}", project, year).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("indicators", List.of(
                        Map.of("indicatorId", indicator(project, "故障处理及时性"), "grade", "ACHIEVED",
                                "gradePercent", 90),
                        Map.of("indicatorId", indicator(project, "保障城市云平台、电子政务网正常运行"), "grade", "ACHIEVED",
                                "gradePercent", 100),
                        Map.of("indicatorId", indicator(project, "加强数字政府、数字经济建设"), "grade", "PARTIAL",
                                "gradePercent", 70),
                        Map.of("indicatorId", indicator(project, "故障发生率"),
                                "deviation", Map.of("category", "硬件条件保障", "text", "核心交换机老化")))))
                .exchange().expectStatus().isOk();
        return project;
    }

    /** Measured now, or at the last moment of a past year. */
    private void measure(long project, String level3, String value) {
        int year = admin.get().uri("/api/v1/projects/{id}", project).exchange().expectBody(JsonNode.class)
                .returnResult().getResponseBody().get("fiscalYear").asInt();
        Map<String, Object> body = year == thisYear() ? Map.of("value", value)
                : Map.of("value", value, "observedAt", year + "-12-31T23:00:00+08:00");
        admin.post().uri("/api/v1/indicators/{id}/measurements", indicator(project, level3))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isCreated();
    }

    private long indicator(long project, String level3) {
        return admin.get().uri("/api/v1/projects/{id}/indicators", project).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().valueStream()
                .filter(indicator -> indicator.get("level3").asString().equals(level3)).findFirst().orElseThrow()
                .get("id").asLong();
    }

    private WebTestClient.ResponseSpec finalize(long project, int year, Map<String, ?> body) {
        WebTestClient.RequestBodySpec request = admin.post()
                .uri("/api/v1/projects/{id}/evaluation/{year}/finalize", project, year);
        return body == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private JsonNode evaluation(long project, int year) {
        return admin.get().uri("/api/v1/projects/{id}/evaluation/{year}", project, year).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** The audit entries of the evaluation, newest first. */
    private List<JsonNode> auditOf(long project, int year) {
        return admin.get().uri("/api/v1/audit?entity=evaluation&size=500").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("items").valueStream()
                .filter(event -> event.get("entityId").asString().equals(project + "/" + year))
                .filter(event -> !event.get("action").asString().equals("update"))
                .toList();
    }

    private static JsonNode indicatorScore(JsonNode score, String level3) {
        return score.get("indicators").valueStream().filter(each -> each.get("level3").asString().equals(level3))
                .findFirst().orElseThrow();
    }

    private static BigDecimal points(JsonNode score, String level3) {
        return indicatorScore(score, level3).get("score").decimalValue();
    }

    private static BigDecimal total(JsonNode score) {
        return score.get("total").decimalValue();
    }
}
