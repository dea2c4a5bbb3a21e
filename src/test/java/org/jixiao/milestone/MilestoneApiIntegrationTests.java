package org.jixiao.milestone;

import java.util.Map;

import org.jixiao.support.OnDecemberFirst2025;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@OnDecemberFirst2025
class MilestoneApiIntegrationTests {

    @Autowired
    WebTestClient admin;

    private long project;

    @BeforeEach
    void findProject() {
        project = admin.get().uri("/api/v1/projects?fiscalYear=2025&q=热线受理中心").exchange()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("items").get(0).get("id").asLong();
    }

    @Test
    void aManualMilestoneIsJudgedByItsDueDateAndCanBeCompletedOnce() {
        JsonNode created = create(Map.of("title", "年度服务验收", "due", "2025-12-05", "kind", "ACCEPTANCE"), 201);
        assertThat(created.get("state").asString()).isEqualTo("DUE_SOON");
        assertThat(created.get("origin").asString()).isEqualTo("MANUAL");
        long id = created.get("id").asLong();

        JsonNode met = post("/api/v1/milestones/" + id + "/completion",
                Map.of("completedAt", "2025-11-28", "evidence", "验收报告"), 200);
        assertThat(met.get("state").asString()).isEqualTo("MET");
        assertThat(met.get("onTime").asBoolean()).isTrue();

        JsonNode again = post("/api/v1/milestones/" + id + "/completion", Map.of("completedAt", "2025-11-29"), 409);
        assertThat(again.get("detail").asString()).contains("已完成");
        assertThat(admin.get().uri("/api/v1/projects/{id}/milestones", project).exchange()
                .expectBody(JsonNode.class).returnResult().getResponseBody().findValuesAsString("title"))
                .contains("年度服务验收");
    }

    @Test
    void aWaiverNeedsAReason() {
        long id = create(Map.of("title", "季度汇报", "due", "2025-09-30"), 201).get("id").asLong();
        assertThat(admin.get().uri("/api/v1/milestones/{id}", id).exchange().expectBody(JsonNode.class)
                .returnResult().getResponseBody().get("state").asString()).isEqualTo("OVERDUE");

        post("/api/v1/milestones/" + id + "/waiver", Map.of("reason", " "), 422);
        JsonNode waived = post("/api/v1/milestones/" + id + "/waiver", Map.of("reason", "合同变更，汇报取消"), 200);

        assertThat(waived.get("state").asString()).isEqualTo("WAIVED");
        assertThat(waived.get("waiverReason").asString()).isEqualTo("合同变更，汇报取消");
    }

    @Test
    void badMilestonesAndPaymentsAreRefusedByField() {
        create(Map.of("due", "2025-12-31"), 422);
        post("/api/v1/milestones/" + create(Map.of("title", "x", "due", "2025-12-31"), 201).get("id").asLong()
                + "/completion", Map.of("completedAt", "2025-12-31"), 422);
        long other = create(Map.of("title", "非付款", "due", "2025-12-20", "kind", "DELIVERY"), 201).get("id")
                .asLong();

        assertField(post("/api/v1/projects/" + project + "/payments", Map.of("amount", -5, "paidAt", "2025-11-01"),
                422), "amount");
        assertField(post("/api/v1/projects/" + project + "/payments", Map.of("amount", 5, "paidAt", "2024-11-01"),
                422), "paidAt");
        assertField(post("/api/v1/projects/" + project + "/payments",
                Map.of("amount", 5, "paidAt", "2025-11-01", "milestoneId", other), 422), "milestoneId");
        post("/api/v1/projects/" + project + "/payments", Map.of("amount", 5, "paidAt", "2025-11-01",
                "milestoneId", 987_654), 404);
        post("/api/v1/milestones/987654/completion", Map.of("completedAt", "2025-11-01"), 404);
    }

    @Test
    void paymentsAreListedAndCountTowardExecution() {
        post("/api/v1/projects/" + project + "/payments", Map.of("amount", 1221600, "paidAt", "2025-06-30",
                "note", "上半年服务费"), 201);

        JsonNode payments = admin.get().uri("/api/v1/projects/{id}/payments", project).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode status = admin.get().uri("/api/v1/projects/{id}/status", project).exchange()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(payments.findValuesAsString("note")).contains("上半年服务费");
        assertThat(status.get("paid").decimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal("1221600"));
        assertThat(status.get("budgetExecution").decimalValue()).isPositive();
    }

    private JsonNode create(Map<String, Object> body, int status) {
        return post("/api/v1/projects/" + project + "/milestones", body, status);
    }

    private JsonNode post(String uri, Map<String, Object> body, int status) {
        return admin.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isEqualTo(status)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static void assertField(JsonNode problem, String field) {
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
    }
}
