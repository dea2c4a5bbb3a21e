package org.jixiao.rectification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.metrics.RoundMetrics;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.MovableClock;
import org.jixiao.support.TestSheets;
import org.jixiao.support.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rectification items and the round summary end to end, on projects of 2024 imported for the purpose (one of
 * department 102, one of 777) with the shared clock on 2025-08-10 (put back afterwards): approving a report with an
 * indicator judged 完全不可能 opens an item, approving it again after a reopening adds none; items are added by hand,
 * listed, filtered, changed and closed from their current version; the round's summary reads back as JSON and XLSX,
 * and its figures reach /actuator/prometheus.
 */
@IntegrationTest
class RectificationIntegrationTests {

    private static final OffsetDateTime AUGUST_TENTH = OffsetDateTime.parse("2025-08-10T09:00:00+08:00");

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    WebTestClient admin;

    @Autowired
    MovableClock clock;

    @Autowired
    RoundMetrics roundMetrics;

    @LocalServerPort
    int port;

    @BeforeEach
    void onAugustTenth2025() {
        moveClockTo(AUGUST_TENTH);
    }

    @AfterEach
    void restoreTheClock() {
        clock.reset();
    }

    @Test
    void approvingAReportWithAnIndicatorJudgedImpossibleOpensOneItemOnceAndItIsClosedFromItsCurrentVersion() {
        long project = imported("102", "整改-城市云平台运维");
        long foreign = imported("777", "整改-外部门项目");
        long round = round(List.of(project, foreign), "2024年1-7月绩效运行监控（整改）");
        long report = reportOf(round, project);
        JsonNode form = ok(admin.get().uri("/api/v1/reports/{id}", report)).get("form");
        long impossible = form.get("indicators").get(0).get("indicatorId").asLong();
        String level3 = form.get("indicators").get(0).get("level3").asString();

        ok(admin.put().uri("/api/v1/reports/{id}", report).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(judged(0, form)));
        ok(admin.post().uri("/api/v1/reports/{id}/submission", report));
        ok(admin.post().uri("/api/v1/reports/{id}/approval", report));

        JsonNode opened = ok(admin.get().uri("/api/v1/rectifications?project={id}", project));
        assertThat(opened.size()).isEqualTo(1);
        JsonNode item = opened.get(0);
        assertThat(item.get("reportId").asLong()).isEqualTo(report);
        assertThat(item.get("indicatorId").asLong()).isEqualTo(impossible);
        assertThat(item.get("indicator").asString()).isEqualTo(level3);
        assertThat(item.get("what").asString()).startsWith(level3 + "（年度指标值 ").endsWith("：更换供应商，年底前达标");
        assertThat(item.get("state").asString()).isEqualTo("OPEN");
        assertThat(item.get("overdue").asBoolean()).isFalse();
        assertThat(item.get("version").asInt()).isZero();
        // Fiscal 2024 had ended when the report was approved on 2025-08-10: due 30 days later.
        assertThat(item.get("due").asString()).isEqualTo("2025-09-09");

        // Reopened, resubmitted and approved again: the item is not opened twice.
        ok(admin.post().uri("/api/v1/reports/{id}/reopening", report).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "补充说明")));
        ok(admin.post().uri("/api/v1/reports/{id}/submission", report));
        ok(admin.post().uri("/api/v1/reports/{id}/approval", report));
        assertThat(ok(admin.get().uri("/api/v1/rectifications?project={id}", project)).size()).isEqualTo(1);

        // By hand: the project's owner may add one; a manager of another department sees no such project; a
        // viewer may add none.
        WebTestClient owner = client(token("OWNER", List.of(), List.of(project)));
        JsonNode manual = created(owner.post().uri("/api/v1/rectifications").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("project", project, "what", "补齐驻场人员考勤记录", "who", "运维服务商",
                        "due", "2025-10-31")));
        assertThat(manual.get("reportId").isNull()).isTrue();
        assertThat(manual.get("createdBy").asString()).contains("token");
        JsonNode hidden = client(token("MANAGER", List.of("777"), List.of())).post().uri("/api/v1/rectifications")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("project", project, "what", "x", "who", "y", "due", "2025-10-31")).exchange()
                .expectStatus().isEqualTo(422).expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(hidden.get("errors").get(0).get("field").asString()).isEqualTo("project");
        client(token("VIEWER", List.of(), List.of())).post().uri("/api/v1/rectifications")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("project", project, "what", "x", "who", "y", "due", "2025-10-31")).exchange()
                .expectStatus().isForbidden();
        JsonNode refused = admin.post().uri("/api/v1/rectifications").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("project", project, "what", " ")).exchange()
                .expectStatus().isEqualTo(422).expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(refused.get("errors").valueStream().map(error -> error.get("field").asString()).toList())
                .containsExactly("what", "who", "due");
        long foreignItem = created(admin.post().uri("/api/v1/rectifications").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("project", foreign, "what", "外部门整改", "who", "外部门", "due", "2025-12-31")))
                .get("id").asLong();

        // Lists follow visibility and the filters.
        assertThat(ids(ok(owner.get().uri("/api/v1/rectifications?fiscalYear=2024"))))
                .containsExactly(item.get("id").asLong(), manual.get("id").asLong());
        owner.get().uri("/api/v1/rectifications/{id}", foreignItem).exchange().expectStatus().isNotFound();
        assertThat(ids(ok(admin.get().uri("/api/v1/rectifications?department=777&fiscalYear=2024"))))
                .contains(foreignItem).doesNotContain(item.get("id").asLong());
        moveClockTo(OffsetDateTime.parse("2025-10-01T09:00:00+08:00"));
        assertThat(ids(ok(owner.get().uri("/api/v1/rectifications?overdue=true"))))
                .containsExactly(item.get("id").asLong());
        assertThat(ids(ok(owner.get().uri("/api/v1/rectifications?overdue=false&state=open"))))
                .containsExactly(manual.get("id").asLong());
        admin.get().uri("/api/v1/rectifications?state=later").exchange().expectStatus().isEqualTo(422);

        // Changes and closure name the version they were made from.
        long id = item.get("id").asLong();
        JsonNode changed = ok(owner.patch().uri("/api/v1/rectifications/{id}", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", 0, "who", "信息中心运维科", "due", "2025-11-30")));
        assertThat(changed.get("version").asInt()).isEqualTo(1);
        assertThat(changed.get("who").asString()).isEqualTo("信息中心运维科");
        assertThat(changed.get("overdue").asBoolean()).isFalse();
        JsonNode stale = owner.post().uri("/api/v1/rectifications/{id}/closure", id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("version", 0, "note", "已更换供应商"))
                .exchange().expectStatus().isEqualTo(409).expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(stale.get("currentVersion").asInt()).isEqualTo(1);
        JsonNode closed = ok(owner.post().uri("/api/v1/rectifications/{id}/closure", id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("version", 1, "note", "已更换供应商")));
        assertThat(closed.get("state").asString()).isEqualTo("DONE");
        assertThat(closed.get("closedNote").asString()).isEqualTo("已更换供应商");
        assertThat(closed.get("closedBy").asString()).contains("token");
        assertThat(closed.get("closedAt").isNull()).isFalse();
        owner.post().uri("/api/v1/rectifications/{id}/closure", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", 2, "note", "再次关闭")).exchange().expectStatus().isEqualTo(409);
        owner.post().uri("/api/v1/rectifications/{id}/closure", foreignItem).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", 0, "note", "不是我的")).exchange().expectStatus().isNotFound();
        assertThat(ids(ok(owner.get().uri("/api/v1/rectifications?state=DONE")))).containsExactly(id);

        JsonNode audit = ok(admin.get().uri("/api/v1/audit?entity=rectification&size=500"));
        assertThat(audit.get("items").valueStream()
                .filter(event -> event.get("entityId").asString().equals(String.valueOf(id)))
                .map(event -> event.get("action").asString()).toList())
                .containsExactlyInAnyOrder("open", "update", "close");
    }

    @Test
    void theRoundsSummaryCountsReportsByStateLateAndLightsAsJsonXlsxAndMetrics() throws IOException {
        long first = imported("102", "汇总-城市云平台运维");
        long second = imported("102", "汇总-城市云平台运维（二期）");
        String title = "2024年1-7月绩效运行监控（汇总）";
        long round = round(List.of(first, second), title);
        long report = reportOf(round, first);
        JsonNode form = ok(admin.get().uri("/api/v1/reports/{id}", report)).get("form");
        ok(admin.put().uri("/api/v1/reports/{id}", report).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(judged(-1, form)));
        ok(admin.post().uri("/api/v1/reports/{id}/submission", report));
        ok(admin.post().uri("/api/v1/reports/{id}/approval", report));

        JsonNode summary = ok(admin.get().uri("/api/v1/rounds/{id}/summary", round));
        assertThat(summary.get("round").get("progress").get("reports").asLong()).isEqualTo(2);
        assertThat(summary.get("round").get("progress").get("approved").asLong()).isEqualTo(1);
        assertThat(summary.get("round").get("progress").get("draft").asLong()).isEqualTo(1);
        // Due 2024-08-15: one report never handed in, the other handed in on 2025-08-10.
        assertThat(summary.get("round").get("progress").get("late").asLong()).isEqualTo(2);
        assertThat(summary.get("lights").propertyNames()).containsExactly("RED", "YELLOW", "BLUE", "GREEN", "NONE");
        assertThat(summary.get("lights").valueStream().mapToLong(JsonNode::asLong).sum()).isEqualTo(2);
        assertThat(summary.get("reports").valueStream().map(line -> line.get("state").asString()).toList())
                .containsExactlyInAnyOrder("APPROVED", "DRAFT");

        byte[] xlsx = admin.get().uri("/api/v1/rounds/{id}/summary", round).accept(MediaType.parseMediaType(XLSX))
                .exchange().expectStatus().isOk().expectHeader().contentType(XLSX)
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("汇总");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(title);
            assertThat(sheet.getRow(4).getCell(0).getNumericCellValue()).isEqualTo(2);
            assertThat(sheet.getRow(4).getCell(4).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getRow(4).getCell(5).getNumericCellValue()).isEqualTo(2);
            double lights = 0;
            for (int column = 0; column < 5; column++) {
                lights += sheet.getRow(7).getCell(column).getNumericCellValue();
            }
            assertThat(lights).isEqualTo(2);
        }
        String csv = new String(admin.get().uri("/api/v1/rounds/{id}/summary?format=csv", round).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody(),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF" + title);

        roundMetrics.refresh().block(Duration.ofSeconds(10));
        String scrape = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.SCRAPE)).build()
                .get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        String series = "\\{[^}]*round_id=\"" + round + "\"[^}]*";
        assertThat(scrape).containsPattern("jixiao_round_reports" + series + "state=\"APPROVED\"[^}]*\\} 1\\.0");
        assertThat(scrape).containsPattern("jixiao_round_reports" + series + "state=\"RETURNED\"[^}]*\\} 0\\.0");
        assertThat(scrape).containsPattern("jixiao_round_reports_late" + series + "\\} 2\\.0");
        assertThat(scrape).containsPattern("jixiao_rectifications_open(\\{\\})? \\d");
        assertThat(scrape).containsPattern("jixiao_rectifications_overdue(\\{\\})? \\d");
    }

    /** Every line judged, with a cause and a measure; the line at {@code impossible} 完全不可能, the others 有可能. */
    private static Map<String, Object> judged(int impossible, JsonNode form) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < form.get("indicators").size(); i++) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("indicatorId", form.get("indicators").get(i).get("indicatorId").asLong());
            line.put("likelihood", i == impossible ? "完全不可能" : "有可能");
            line.put("causes", List.of("经费保障"));
            line.put("measure", i == impossible ? "更换供应商，年底前达标" : "按计划推进");
            lines.add(line);
        }
        return Map.of("version", 0, "fundsProjected", 500000, "progress", "1-7月按计划推进", "indicators", lines);
    }

    private long imported(String department, String name) {
        ObjectNode sheet = TestSheets.variant("city-cloud-ops", 2024, name);
        ((ObjectNode) TestSheets.project(sheet).get("department")).put("code", department);
        return created(admin.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestSheets.json(sheet))).get("id").asLong();
    }

    private long round(List<Long> projects, String title) {
        return created(admin.post().uri("/api/v1/rounds").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "MONITORING", "fiscalYear", 2024, "title", title,
                        "periodFrom", "2024-01-01", "periodTo", "2024-07-31", "due", "2024-08-15",
                        "departments", List.of(), "projects", projects))).get("id").asLong();
    }

    private long reportOf(long round, long project) {
        return ok(admin.get().uri("/api/v1/rounds/{id}/reports", round)).valueStream()
                .filter(report -> report.get("projectId").asLong() == project)
                .mapToLong(report -> report.get("id").asLong()).findFirst().orElseThrow();
    }

    private String token(String role, List<String> departments, List<Long> projects) {
        return created(admin.post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "rectification-" + role + "-" + System.nanoTime(), "roles", List.of(role),
                        "departments", departments, "projects", projects))).get("token").asString();
    }

    private WebTestClient client(String token) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)).build();
    }

    private void moveClockTo(OffsetDateTime when) {
        clock.reset();
        clock.advance(Duration.between(clock.instant(), when.toInstant()));
    }

    private static List<Long> ids(JsonNode list) {
        return list.valueStream().map(item -> item.get("id").asLong()).toList();
    }

    private static JsonNode ok(WebTestClient.RequestHeadersSpec<?> request) {
        return request.exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static JsonNode created(WebTestClient.RequestHeadersSpec<?> request) {
        return request.exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
    }
}
