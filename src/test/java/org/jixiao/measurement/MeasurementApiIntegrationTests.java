package org.jixiao.measurement;

import java.util.Map;

import org.jixiao.support.OnDecemberFirst2025;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@OnDecemberFirst2025
class MeasurementApiIntegrationTests {

    @Autowired
    WebTestClient admin;

    @Autowired
    DatabaseClient db;

    private long project;
    private long uptime;
    private long servers;
    private long cost;

    @BeforeEach
    void findIndicators() {
        project = admin.get().uri("/api/v1/projects?fiscalYear=2025&q=城市云平台运维").exchange()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("items").get(0).get("id").asLong();
        JsonNode indicators = admin.get().uri("/api/v1/projects/{id}/indicators", project).exchange()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        uptime = idOf(indicators, "城市云平台设备及网络正常运行率");
        servers = idOf(indicators, "服务器运维数量");
        cost = idOf(indicators, "尾款控制数(万)");
    }

    @Test
    void valuesAreReadInTheTargetsTerms() {
        record(cost, Map.of("value", "65.2万元", "observedAt", "2025-11-15")).jsonPath("$.value").isEqualTo(652000)
                .jsonPath("$.enteredText").isEqualTo("65.2万元");
        record(servers, Map.of("value", 290)).jsonPath("$.value").isEqualTo(290).jsonPath("$.unit").isEqualTo("台");

        JsonNode listed = admin.get().uri("/api/v1/indicators/{id}/measurements", cost).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(listed.get(0).get("source").asString()).isEqualTo("MANUAL");
        assertThat(listed.get(0).get("recordedBy").asString()).endsWith("bootstrap-admin");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unit mismatch | uptime | 72万元 | 2025-11-30 | 422 | value",
            "text for a percent | uptime | 及时 | 2025-11-30 | 422 | value",
            "a comparison is a target, not a value | uptime | ≥96% | 2025-11-30 | 422 | value",
            "future date | uptime | 96% | 2025-12-24 | 422 | observedAt",
            "beyond the fiscal year | uptime | 96% | 2026-01-02 | 422 | observedAt",
            "before the fiscal year | uptime | 96% | 2024-12-31 | 422 | observedAt",
            "not a date | uptime | 96% | last Tuesday | 422 | observedAt",
            "count unit mismatch | servers | 45人 | 2025-11-30 | 422 | value"})
    void aBadMeasurementIsRefusedByFieldAndNothingIsStored(String label, String indicator, String value,
            String observedAt, int status, String field) {
        long before = measurementCount();

        admin.post().uri("/api/v1/indicators/{id}/measurements", indicator.equals("uptime") ? uptime : servers)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("value", value, "observedAt", observedAt)).exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);

        assertThat(measurementCount()).isEqualTo(before);
    }

    @Test
    void anUnknownIndicatorIsNotFoundAndAWrongTypeIsMalformed() {
        long before = measurementCount();
        admin.post().uri("/api/v1/indicators/{id}/measurements", 987_654).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("value", 1)).exchange().expectStatus().isNotFound();
        admin.post().uri("/api/v1/indicators/{id}/measurements", uptime).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("value", Map.of("nested", true))).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("value");
        assertThat(measurementCount()).isEqualTo(before);
    }

    @Test
    void aCsvUploadStoresEveryRow() {
        String csv = """
                indicatorId,projectId,project,indicator,value,observedAt,note
                %d,,,,96.5%%,2025-10-31,10月
                ,%d,,服务器运维数量,292台,2025-10-31,"盘点, 含备机"
                ,,城市云平台运维项目,驻场人数,8人,2025-10-31,
                """.formatted(uptime, project);
        long before = measurementCount();

        JsonNode result = upload(csv, 201);

        assertThat(result.get("recorded").asInt()).isEqualTo(3);
        assertThat(measurementCount()).isEqualTo(before + 3);
        JsonNode stored = admin.get().uri("/api/v1/indicators/{id}/measurements", servers).exchange()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get(0);
        assertThat(stored.get("note").asString()).isEqualTo("盘点, 含备机");
        assertThat(stored.get("source").asString()).isEqualTo("BULK");
    }

    @Test
    void aCsvUploadWithBadRowsStoresNothingAndNamesEveryBadLine() {
        String csv = """
                indicatorId,value,observedAt
                %d,96%%,2025-10-31
                %d,72万元,2025-10-31
                999999,5,2025-10-31
                %d,3,2026-03-01
                """.formatted(uptime, uptime, servers);
        long before = measurementCount();

        JsonNode problem = upload(csv, 422);

        assertThat(problem.get("errors").findValuesAsString("field"))
                .containsExactly("lines[3].value", "lines[4].indicatorId", "lines[5].observedAt");
        assertThat(measurementCount()).isEqualTo(before);
    }

    @Test
    void aBrokenCsvIsMalformed() {
        upload("indicatorId,value\n\"" + uptime + ",96%\n", 400);
        upload("note,observedAt\nx,2025-10-01\n", 422);
    }

    private WebTestClient.BodyContentSpec record(long indicator, Map<String, Object> body) {
        return admin.post().uri("/api/v1/indicators/{id}/measurements", indicator)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody();
    }

    private JsonNode upload(String csv, int status) {
        return admin.post().uri("/api/v1/measurements").contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(csv).exchange()
                .expectStatus().isEqualTo(status)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private long measurementCount() {
        return db.sql("select count(*) as n from measurement").map(row -> row.get("n", Long.class)).one().block();
    }

    private static long idOf(JsonNode indicators, String level3) {
        return indicators.valueStream().filter(indicator -> indicator.get("level3").asString().equals(level3))
                .findFirst().orElseThrow().get("id").asLong();
    }
}
