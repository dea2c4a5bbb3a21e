package org.jixiao.round;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

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
 * The August round on the demo data, end to end: dispatched for department 102 on 2025-08-10, one report filled in by
 * its owner, refused with every gap named, submitted, returned with a comment, fixed, resubmitted and approved; the
 * approved report no longer follows the data. Only the round and report tables are written for the demo projects;
 * the later measurement goes to a project of 2024 imported for the purpose. The shared clock is put back afterwards.
 */
@IntegrationTest
class RoundMonitoringIntegrationTests {

    private static final OffsetDateTime AUGUST_TENTH = OffsetDateTime.parse("2025-08-10T09:00:00+08:00");
    private static final Set<String> OFF_TARGET = Set.of("RED", "YELLOW", "BLUE");

    @Autowired
    WebTestClient admin;

    @Autowired
    MovableClock clock;

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
    void anOwnerFillsAndSubmitsAReviewerReturnsAndApprovesAndTheApprovedReportIsFrozen() {
        JsonNode round = created(admin.post().uri("/api/v1/rounds").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(roundRequest(2025, List.of("102"), List.of())));
        long roundId = round.get("id").asLong();
        long departmentProjects = admin.get().uri("/api/v1/projects?fiscalYear=2025&department=102&size=200")
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("total").asLong();
        assertThat(round.get("progress").get("reports").asLong()).isEqualTo(departmentProjects).isPositive();
        assertThat(round.get("progress").get("draft").asLong()).isEqualTo(departmentProjects);

        JsonNode chosen = reportWithAnIndicatorOffTarget(roundId);
        long report = chosen.get("id").asLong();
        long project = chosen.get("projectId").asLong();
        JsonNode form = chosen.get("form");
        assertThat(chosen.get("state").asString()).isEqualTo("DRAFT");
        assertThat(form.get("periodLabel").asString()).isEqualTo("1-7月");
        assertThat(form.get("asOf").asString()).isEqualTo("2025-08-10");
        assertThat(form.get("funds").get("annualBudget").isNull()).isFalse();
        assertThat(form.get("funds").get("timeProgress").decimalValue()).isPositive();
        List<Integer> offTarget = offTargetLines(form);

        WebTestClient owner = client(token(List.of("OWNER"), List.of("102"), List.of(project)));
        WebTestClient reviewer = client(token(List.of("MANAGER"), List.of("102"), List.of()));

        // Every indicator judged, but no cause nor measure where one is needed: a draft may be saved so.
        JsonNode saved = ok(owner.put().uri("/api/v1/reports/{id}", report).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(update(0, form, offTarget, null)));
        assertThat(saved.get("version").asInt()).isEqualTo(1);

        JsonNode refused = owner.post().uri("/api/v1/reports/{id}/submission", report).exchange()
                .expectStatus().isEqualTo(422).expectBody(JsonNode.class).returnResult().getResponseBody();
        List<String> expectedGaps = new ArrayList<>();
        offTarget.forEach(i -> {
            expectedGaps.add("indicators[" + i + "].causes");
            expectedGaps.add("indicators[" + i + "].measure");
        });
        assertThat(refused.get("errors").valueStream().map(error -> error.get("field").asString()).toList())
                .containsExactlyElementsOf(expectedGaps);
        assertThat(refused.get("errors").get(0).get("message").asString())
                .contains(form.get("indicators").get(offTarget.getFirst()).get("level3").asString());

        JsonNode stale = owner.put().uri("/api/v1/reports/{id}", report).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(update(0, form, offTarget, "追加资金，加快进度")).exchange()
                .expectStatus().isEqualTo(409).expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(stale.get("currentVersion").asInt()).isEqualTo(1);

        JsonNode complete = ok(owner.put().uri("/api/v1/reports/{id}", report)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(update(1, form, offTarget, "追加资金，加快进度")));
        assertThat(complete.get("gaps").isEmpty()).isTrue();
        JsonNode submitted = ok(owner.post().uri("/api/v1/reports/{id}/submission", report));
        assertThat(submitted.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("late").asBoolean()).isFalse();

        owner.put().uri("/api/v1/reports/{id}", report).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(update(3, form, offTarget, "改")).exchange().expectStatus().isEqualTo(409);
        owner.post().uri("/api/v1/reports/{id}/approval", report).exchange().expectStatus().isForbidden();

        String field = "indicators[" + offTarget.getFirst() + "].measure";
        JsonNode returned = ok(reviewer.post().uri("/api/v1/reports/{id}/return", report)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("comment", "整改措施请写明时间节点", "fields", Map.of(field, "措施太笼统"))));
        assertThat(returned.get("state").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("returnFields").get(field).asString()).isEqualTo("措施太笼统");

        JsonNode fixed = ok(owner.put().uri("/api/v1/reports/{id}", report).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(update(returned.get("version").asInt(), form, offTarget, "9月底前追加资金并完成采购")));
        assertThat(fixed.get("state").asString()).isEqualTo("DRAFT");
        assertThat(fixed.get("returnComment").asString()).isEqualTo("整改措施请写明时间节点");
        ok(owner.post().uri("/api/v1/reports/{id}/submission", report));

        JsonNode approved = ok(reviewer.post().uri("/api/v1/reports/{id}/approval", report));
        assertThat(approved.get("state").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("frozen").asBoolean()).isTrue();
        assertThat(approved.get("form").get("indicators").get(offTarget.getFirst()).get("measure").asString())
                .isEqualTo("9月底前追加资金并完成采购");
        assertThat(ok(admin.get().uri("/api/v1/rounds/{id}", roundId)).get("progress").get("approved").asLong())
                .isEqualTo(1);

        // Later, the data have moved on (time progress, the lights); the approved report shows what was approved.
        moveClockTo(OffsetDateTime.parse("2025-09-30T09:00:00+08:00"));
        JsonNode later = ok(owner.get().uri("/api/v1/reports/{id}", report));
        assertThat(later.get("form")).isEqualTo(approved.get("form"));
        JsonNode status = ok(admin.get().uri("/api/v1/projects/{id}/status", project));
        assertThat(status.get("timeProgress").decimalValue())
                .isNotEqualByComparingTo(approved.get("form").get("funds").get("timeProgress").decimalValue());
        assertThat(ids(ok(admin.get().uri("/api/v1/rounds/{id}/reports?late=true", roundId))))
                .hasSize((int) departmentProjects - 1).doesNotContain(report);
        assertThat(ids(ok(admin.get().uri("/api/v1/rounds/{id}/reports?state=approved", roundId))))
                .containsExactly(report);

        JsonNode history = ok(owner.get().uri("/api/v1/reports/{id}/history", report));
        assertThat(history.valueStream().map(event -> event.get("action").asString()).toList())
                .containsExactly("open", "save", "save", "submit", "return", "save", "submit", "approve");
        assertThat(history.get(4).get("after").get("comment").asString()).isEqualTo("整改措施请写明时间节点");
        assertThat(history.get(4).get("actor").asString()).contains("token");

        reviewer.post().uri("/api/v1/reports/{id}/reopening", report).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "复核")).exchange().expectStatus().isForbidden();
        JsonNode noReason = admin.post().uri("/api/v1/reports/{id}/reopening", report)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", " ")).exchange()
                .expectStatus().isEqualTo(422).expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(noReason.get("errors").get(0).get("field").asString()).isEqualTo("reason");
        JsonNode reopened = ok(admin.post().uri("/api/v1/reports/{id}/reopening", report)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "财政局抽查后要求更正")));
        assertThat(reopened.get("state").asString()).isEqualTo("DRAFT");
        assertThat(reopened.get("frozen").asBoolean()).isFalse();
        assertThat(reopened.get("form").get("asOf").asString()).isEqualTo("2025-09-30");
    }

    @Test
    void anApprovedReportNoLongerChangesWhenALaterMeasurementArrives() {
        ObjectNode sheet = TestSheets.variant("city-cloud-ops", 2024, "轮次-冻结-城市云平台运维");
        long project = created(admin.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestSheets.json(sheet))).get("id").asLong();
        JsonNode round = created(admin.post().uri("/api/v1/rounds").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(roundRequest(2024, List.of(), List.of(project))));
        long report = ok(admin.get().uri("/api/v1/rounds/{id}/reports", round.get("id").asLong())).get(0)
                .get("id").asLong();
        JsonNode form = ok(admin.get().uri("/api/v1/reports/{id}", report)).get("form");
        List<Integer> every = IntStream.range(0, form.get("indicators").size()).boxed().toList();
        ok(admin.put().uri("/api/v1/reports/{id}", report).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(update(0, form, every, "按计划推进")));
        ok(admin.post().uri("/api/v1/reports/{id}/submission", report));
        JsonNode approved = ok(admin.post().uri("/api/v1/reports/{id}/approval", report));
        int line = quantityLine(approved.get("form"));
        long indicator = approved.get("form").get("indicators").get(line).get("indicatorId").asLong();

        admin.post().uri("/api/v1/indicators/{id}/measurements", indicator).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("value", 4242, "observedAt", "2024-11-30", "evidenceUrl", "https://example.gov.cn/a"))
                .exchange().expectStatus().isCreated();

        JsonNode after = ok(admin.get().uri("/api/v1/reports/{id}", report));
        assertThat(after.get("form")).isEqualTo(approved.get("form"));
        JsonNode reopened = ok(admin.post().uri("/api/v1/reports/{id}/reopening", report)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "补录11月数据")));
        JsonNode live = reopened.get("form").get("indicators").get(line);
        assertThat(live.get("actual").decimalValue()).isEqualByComparingTo("4242");
        assertThat(live.get("actualObservedAt").asString()).isEqualTo("2024-11-30");
        assertThat(live.get("evidenceUrl").asString()).isEqualTo("https://example.gov.cn/a");
        // A count builds up: projected pro rata over the round's 7 months (4242 × 12 / 7).
        assertThat(live.get("projectedPrefill").decimalValue()).isEqualByComparingTo("7272.00");
    }

    @Test
    void aRoundIsRefusedWithEveryProblemNamed() {
        JsonNode refused = admin.post().uri("/api/v1/rounds").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("fiscalYear", 2025, "periodFrom", "2025-08-01",
                        "periodTo", "2025-07-31", "due", "2025-07-01"))
                .exchange().expectStatus().isEqualTo(422).expectBody(JsonNode.class).returnResult()
                .getResponseBody();

        assertThat(refused.get("errors").valueStream().map(error -> error.get("field").asString()).toList())
                .containsExactly("kind", "title", "periodTo", "due", "departments");
        admin.post().uri("/api/v1/rounds").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(roundRequest(2025, List.of("没有这个部门"), List.of()))
                .exchange().expectStatus().isEqualTo(422);
    }

    private JsonNode reportWithAnIndicatorOffTarget(long roundId) {
        for (JsonNode item : ok(admin.get().uri("/api/v1/rounds/{id}/reports", roundId))) {
            JsonNode report = ok(admin.get().uri("/api/v1/reports/{id}", item.get("id").asLong()));
            if (!offTargetLines(report.get("form")).isEmpty()) {
                return report;
            }
        }
        throw new AssertionError("no demo report of department 102 has an indicator off target on 2025-08-10");
    }

    private static List<Integer> offTargetLines(JsonNode form) {
        JsonNode lines = form.get("indicators");
        return IntStream.range(0, lines.size())
                .filter(i -> OFF_TARGET.contains(lines.get(i).get("light").asString())).boxed().toList();
    }

    private static int quantityLine(JsonNode form) {
        JsonNode lines = form.get("indicators");
        return IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).get("target").asString().matches("[≥]?\\d+(个|台|次|项|套|人)"))
                .findFirst().orElseThrow();
    }

    /** Every line judged: 有可能 where listed in {@code judged} (with a cause and measure when given), else 确定能. */
    private static Map<String, Object> update(int version, JsonNode form, List<Integer> judged, String measure) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < form.get("indicators").size(); i++) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("indicatorId", form.get("indicators").get(i).get("indicatorId").asLong());
            boolean doubtful = judged.contains(i);
            line.put("likelihood", doubtful ? "有可能" : "确定能");
            if (doubtful && measure != null) {
                line.put("causes", List.of("经费保障", "其他"));
                line.put("causeText", "资金拨付滞后，供应商交付延期");
                line.put("measure", measure);
            }
            lines.add(line);
        }
        return Map.of("version", version, "fundsProjected", 500000, "progress", "1-7月按计划推进", "indicators", lines);
    }

    private static Map<String, Object> roundRequest(int year, List<String> departments, List<Long> projects) {
        return Map.of("kind", "MONITORING", "fiscalYear", year, "title", year + "年1-7月绩效运行监控",
                "periodFrom", year + "-01-01", "periodTo", year + "-07-31", "due", year + "-08-15",
                "departments", departments, "projects", projects);
    }

    private static List<Long> ids(JsonNode list) {
        return list.valueStream().map(item -> item.get("id").asLong()).toList();
    }

    private String token(List<String> roles, List<String> departments, List<Long> projects) {
        return created(admin.post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "rounds-" + roles.getFirst() + "-" + System.nanoTime(), "roles", roles,
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

    private static JsonNode ok(WebTestClient.RequestHeadersSpec<?> request) {
        return request.exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static JsonNode created(WebTestClient.RequestHeadersSpec<?> request) {
        return request.exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
    }
}
