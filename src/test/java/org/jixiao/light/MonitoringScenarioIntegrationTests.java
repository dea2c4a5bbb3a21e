package org.jixiao.light;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jixiao.support.OnDecemberFirst2025;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.support.DemoLookups.indicatorId;
import static org.jixiao.support.DemoLookups.projectId;

/**
 * The scenario on the real demo sheets with the clock at 2025-12-01: unpaid payment deadlines are overdue,
 * 93% uptime against ≥95% turns the indicator and its project red, and a late payment meets its milestone late.
 */
@OnDecemberFirst2025
class MonitoringScenarioIntegrationTests {

    @Autowired
    WebTestClient admin;

    @BeforeEach
    void runTheChecks() {
        admin.post().uri("/api/v1/checks/run").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.succeeded == false)]").isEmpty();
    }

    @Test
    void paymentDeadlinesBeforeDecemberWithoutAPaymentAreOverdue() {
        List<JsonNode> payments = milestones("").stream()
                .filter(milestone -> milestone.get("kind").asString().equals("PAYMENT"))
                .filter(milestone -> LocalDate.parse(milestone.get("due").asString()).isBefore(LocalDate.of(2025, 12, 1)))
                .filter(milestone -> milestone.get("completedAt").isNull())
                .toList();

        assertThat(payments).hasSizeGreaterThanOrEqualTo(5);
        assertThat(payments).allSatisfy(milestone -> assertThat(milestone.get("state").asString())
                .isEqualTo("OVERDUE"));
        assertThat(payments).extracting(milestone -> milestone.get("title").asString())
                .contains("智慧城市一期建设项目支付时间", "政务信息化业务运维服务项目款支付时间");
    }

    @Test
    void aMeasurementBelowARateTargetTurnsTheIndicatorAndItsProjectRed() {
        long project = projectId(admin, "城市云平台运维项目");
        long uptime = indicatorId(admin, project, "城市云平台设备及网络正常运行率");

        admin.post().uri("/api/v1/indicators/{id}/measurements", uptime).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("value", "93%", "observedAt", "2025-11-30", "note", "11月运维月报")).exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.value").isEqualTo(93).jsonPath("$.unit").isEqualTo("%");

        JsonNode status = status(project);
        assertThat(status.get("light").asString()).isEqualTo("RED");
        JsonNode indicator = status.get("indicators").valueStream()
                .filter(each -> each.get("indicatorId").asLong() == uptime).findFirst().orElseThrow();
        assertThat(indicator.get("light").asString()).isEqualTo("RED");
        assertThat(indicator.get("reason").asString()).contains("93%").contains("≥95%");
        assertThat(status.get("reasons").valueStream().map(JsonNode::asString))
                .anyMatch(reason -> reason.startsWith("城市云平台设备及网络正常运行率"));
    }

    @Test
    void recordingTheLatePaymentMeetsItsMilestoneLateAndTheLightRecomputes() {
        long project = projectId(admin, "晋城市数字经济发展服务费");
        JsonNode milestone = milestones("?state=OVERDUE").stream()
                .filter(each -> each.get("projectId").asLong() == project)
                .filter(each -> each.get("title").asString().equals("尾款支付时间"))
                .findFirst().orElseThrow();
        JsonNode before = status(project);
        assertThat(before.get("budgetLight").asString()).isEqualTo("RED");

        admin.post().uri("/api/v1/projects/{id}/payments", project).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("amount", 598800, "paidAt", "2025-12-01", "note", "尾款",
                        "milestoneId", milestone.get("id").asLong()))
                .exchange().expectStatus().isCreated();

        JsonNode met = admin.get().uri("/api/v1/milestones/{id}", milestone.get("id").asLong()).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(met.get("state").asString()).isEqualTo("MET");
        assertThat(met.get("onTime").asBoolean()).isFalse();
        JsonNode after = status(project);
        assertThat(after.get("budgetExecution").decimalValue()).isEqualByComparingTo("1");
        assertThat(after.get("budgetLight").asString()).isEqualTo("GREEN");
        JsonNode deadline = after.get("indicators").valueStream()
                .filter(each -> each.get("level3").asString().equals("尾款支付时间")).findFirst().orElseThrow();
        assertThat(deadline.get("light").asString()).isEqualTo("RED");
        assertThat(deadline.get("reason").asString()).contains("逾期完成");
    }

    @Test
    void beforeTheYearEndsTheScoreIsProjectedAndCanBeDownloadedByAcceptHeader() {
        long project = projectId(admin, "云平台资源租用");

        JsonNode evaluation = admin.get().uri("/api/v1/projects/{id}/evaluation/2025", project).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        byte[] csv = admin.get().uri("/api/v1/projects/{id}/evaluation/2025", project)
                .header("Accept", "text/csv").exchange()
                .expectStatus().isOk().expectHeader().contentType("text/csv;charset=UTF-8")
                .expectBody(byte[].class).returnResult().getResponseBody();

        assertThat(evaluation.get("projected").asBoolean()).isTrue();
        assertThat(evaluation.get("asOf").asString()).isEqualTo("2025-12-01");
        assertThat(evaluation.get("score").get("packName").asString()).isEqualTo("central");
        assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).contains("状态,预计（年度未结束）")
                .contains("一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,偏差原因");
    }

    private JsonNode status(long project) {
        return admin.get().uri("/api/v1/projects/{id}/status", project).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private List<JsonNode> milestones(String query) {
        return admin.get().uri("/api/v1/milestones" + query).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().valueStream().toList();
    }
}
