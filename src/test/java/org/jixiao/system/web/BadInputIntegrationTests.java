package org.jixiao.system.web;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.stream.Stream;

import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TableChecksums;
import org.jixiao.support.TestSheets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.support.DemoLookups.indicatorId;
import static org.jixiao.support.DemoLookups.projectId;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The inputs that once gave 500s (a NUL in any text or query parameter, numbers beyond what a column holds, a
 * deadline in the year 9999) now get a problem that names the field, and change nothing at all.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIntegrationTests {

    private static final String NUL = "\\u0000";

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    @LocalServerPort
    int port;

    private long project;
    private long indicator;

    @BeforeAll
    void findDemoProject() {
        project = projectId(web, "城市云平台运维项目");
        indicator = indicatorId(web, project, "城市云平台设备及网络正常运行率");
    }

    Stream<Arguments> refusedRequests() {
        String projectPath = "/api/v1/projects/" + project;
        String measurements = "/api/v1/indicators/" + indicator + "/measurements";
        return Stream.of(
                json("NUL in a measurement note", HttpMethod.POST, measurements,
                        "{\"value\":\"96%\",\"note\":\"a" + NUL + "b\"}", 400, "note"),
                json("NUL in a measurement value", HttpMethod.POST, measurements,
                        "{\"value\":\"9" + NUL + "6%\"}", 422, "value"),
                json("NUL in a payment note", HttpMethod.POST, projectPath + "/payments",
                        "{\"amount\":100,\"paidAt\":\"2025-06-01\",\"note\":\"" + NUL + "\"}", 400, "note"),
                json("NUL in a milestone title", HttpMethod.POST, projectPath + "/milestones",
                        "{\"title\":\"验收" + NUL + "\",\"due\":\"2025-12-01\"}", 400, "title"),
                json("NUL in a token name", HttpMethod.POST, "/api/v1/tokens",
                        "{\"name\":\"" + NUL + "\",\"roles\":[\"VIEWER\"]}", 400, "name"),
                json("NUL in a silence reason", HttpMethod.POST, "/api/v1/silences",
                        "{\"matchers\":{\"kind\":\"BUDGET_EXECUTION_LAG\"},\"until\":\"2099-01-01T00:00:00Z\","
                                + "\"reason\":\"" + NUL + "\"}", 400, "reason"),
                json("NUL in a silence matcher", HttpMethod.POST, "/api/v1/silences",
                        "{\"matchers\":{\"department\":\"1" + NUL + "\"},\"until\":\"2026-12-31T00:00:00Z\","
                                + "\"reason\":\"维护\"}", 400, "matchers.department"),
                json("NUL in a source query", HttpMethod.PUT, "/api/v1/indicators/" + indicator + "/source",
                        "{\"type\":\"PROMETHEUS\",\"query\":\"up" + NUL + "\",\"baseUrl\":\"http://127.0.0.1:9\"}",
                        400, "query"),
                json("NUL in an evaluation deviation", HttpMethod.PUT, projectPath + "/evaluation/2025",
                        "{\"indicators\":[{\"indicatorId\":" + indicator + ",\"deviation\":{\"category\":\"其他\","
                                + "\"text\":\"" + NUL + "\"}}]}", 400, "indicators[0].deviation.text"),
                json("a C1 control character in a milestone title", HttpMethod.POST, projectPath + "/milestones",
                        "{\"title\":\"验收\\u0085\",\"due\":\"2025-12-01\"}", 400, "title"),
                json("a lone surrogate in a milestone title", HttpMethod.POST, projectPath + "/milestones",
                        "{\"title\":\"验收\\ud800\",\"due\":\"2025-12-01\"}", 400, "title"),
                get("NUL in ?q=", "/api/v1/projects?q=%00", "q"),
                get("NUL in ?department=", "/api/v1/projects?department=1%0002", "department"),
                get("NUL in ?actor=", "/api/v1/audit?actor=%00", "actor"),
                json("a value of 1e400", HttpMethod.POST, measurements, "{\"value\":1e400}", 422, "value"),
                json("a value of -1e400", HttpMethod.POST, measurements, "{\"value\":-1e400}", 422, "value"),
                json("a percentage of 26 digits", HttpMethod.POST, measurements,
                        "{\"value\":\"99999999999999999999999999%\"}", 422, "value"),
                json("an amount of 19 digits in 万元", HttpMethod.POST,
                        "/api/v1/indicators/" + indicatorId(web, project, "尾款控制数(万)") + "/measurements",
                        "{\"value\":\"9999999999999999999万元\"}", 422, "value"),
                json("a milestone amount of 1e400", HttpMethod.POST, projectPath + "/milestones",
                        "{\"title\":\"尾款\",\"due\":\"2025-12-01\",\"amount\":1e400}", 422, "amount"),
                json("a milestone due in the year 9999", HttpMethod.POST, projectPath + "/milestones",
                        "{\"title\":\"尾款\",\"due\":\"9999-12-31\"}", 422, "due"),
                json("override points of 1e400", HttpMethod.PUT, projectPath + "/evaluation/2025",
                        "{\"indicators\":[{\"indicatorId\":" + indicator + ",\"override\":{\"points\":1e400,"
                                + "\"reason\":\"复核\"}}]}", 422, "indicators[0].override.points"),
                csv("NUL in a CSV cell", "indicatorId,value,note\n" + indicator + ",96%,a\u0000b\n", 400,
                        "lines[2].note"),
                csv("a CSV value of 1e400", "indicatorId,value\n" + indicator + ",1e400\n", 422, "lines[2].value"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedRequests")
    void badInputIsAProblemNamingTheFieldAndChangesNothing(String name, HttpMethod method, String uri,
            MediaType type, String body, int status, String field) {
        Map<String, String> before = TableChecksums.of(db);

        WebTestClient.RequestBodySpec request = web.method(method)
                .uri(URI.create("http://localhost:" + port + uri)); // as given: %00 must reach the server as it is
        JsonNode problem = (body == null ? request : request.contentType(type).bodyValue(body)).exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(problem.get("errors").valueStream().map(error -> error.get("field").asString()))
                .as(problem.toString()).contains(field);
        assertThat(TableChecksums.of(db)).as("nothing changed").isEqualTo(before);
    }

    @Test
    void aCsvSavedByExcelOnChineseWindowsIsReadAsGbkAndSaysSo() {
        ObjectNode sheet = TestSheets.variant("city-cloud-ops", 2026, "GBK编码上传项目");
        JsonNode created = web.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestSheets.json(sheet)).exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        String csv = "project,fiscalYear,indicator,value,observedAt,note\n"
                + "GBK编码上传项目,2026,城市云平台设备及网络正常运行率,96%,2026-01-05,一月巡检\n";

        JsonNode result = web.post().uri("/api/v1/measurements").contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(csv.getBytes(Charset.forName("GBK"))).exchange()
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(result.get("recorded").asInt()).isEqualTo(1);
        assertThat(result.get("encoding").asString()).isEqualTo("GB18030 (GBK)");
        long stored = indicatorId(web, created.get("id").asLong(), "城市云平台设备及网络正常运行率");
        JsonNode measurements = web.get().uri("/api/v1/indicators/{id}/measurements", stored).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(measurements.get(0).get("note").asString()).isEqualTo("一月巡检");
    }

    private static Arguments json(String name, HttpMethod method, String uri, String body, int status, String field) {
        return arguments(name, method, uri, MediaType.APPLICATION_JSON, body, status, field);
    }

    private static Arguments get(String name, String uri, String field) {
        return arguments(name, HttpMethod.GET, uri, null, null, 400, field);
    }

    private static Arguments csv(String name, String body, int status, String field) {
        return arguments(name, HttpMethod.POST, "/api/v1/measurements", MediaType.parseMediaType("text/csv"), body,
                status, field);
    }
}
