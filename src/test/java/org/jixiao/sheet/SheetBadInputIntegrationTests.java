package org.jixiao.sheet;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jixiao.support.IntegrationTest;
import org.jixiao.support.StoreSnapshot;
import org.jixiao.support.TestSheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every kind of bad sheet gets a problem answer that names the field, and leaves the store exactly as it was.
 */
@IntegrationTest
class SheetBadInputIntegrationTests {

    private static final String SEED = "bigdata-app-running-costs";

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    static Stream<Arguments> badSheets() {
        return Stream.of(
                bad("missing project name", 422, "project.name", sheet -> TestSheets.project(sheet).remove("name")),
                bad("blank project name", 422, "project.name", sheet -> TestSheets.project(sheet).put("name", "  ")),
                bad("missing fiscal year", 422, "fiscalYear", sheet -> sheet.remove("fiscalYear")),
                bad("fiscal year out of range", 422, "fiscalYear", sheet -> sheet.put("fiscalYear", 1899)),
                bad("department code over the limit", 422, "project.department.code",
                        sheet -> ((ObjectNode) TestSheets.project(sheet).get("department"))
                                .put("code", "1".repeat(33))),
                bad("missing level-1 name", 422, "indicators.annual[2].level1",
                        sheet -> TestSheets.annualIndicator(sheet, 2).remove("level1")),
                bad("blank level-2 name", 422, "indicators.annual[0].level2",
                        sheet -> TestSheets.annualIndicator(sheet, 0).put("level2", "")),
                bad("missing level-3 name", 422, "indicators.annual[1].level3",
                        sheet -> TestSheets.annualIndicator(sheet, 1).putNull("level3")),
                bad("unknown level-1 name", 422, "indicators.annual[0].level1",
                        sheet -> TestSheets.annualIndicator(sheet, 0).put("level1", "过程指标")),
                bad("negative money", 422, "funding.annual.central",
                        sheet -> ((ObjectNode) sheet.get("funding").get("annual")).put("central", -1)),
                bad("absurd money", 422, "funding.period.total",
                        sheet -> ((ObjectNode) sheet.get("funding").get("period")).put("total", 5e15)),
                bad("fractions of a fen", 422, "funding.annual.total",
                        sheet -> ((ObjectNode) sheet.get("funding").get("annual")).put("total", 694100.001)),
                bad("negative budget", 422, "project.budgetWan",
                        sheet -> TestSheets.project(sheet).put("budgetWan", -69.41)),
                bad("period of 0 years", 422, "project.periodYears",
                        sheet -> TestSheets.project(sheet).put("periodYears", 0)),
                bad("name over the limit", 422, "project.name",
                        sheet -> TestSheets.project(sheet).put("name", "长".repeat(201))),
                bad("overview over the limit", 422, "text.overview",
                        sheet -> ((ObjectNode) sheet.get("text")).put("overview", "字".repeat(20_001))),
                bad("target over the limit", 422, "indicators.annual[3].target",
                        sheet -> TestSheets.annualIndicator(sheet, 3).put("target", "9".repeat(501))),
                bad("null indicator row", 422, "indicators.annual[1]",
                        sheet -> ((tools.jackson.databind.node.ArrayNode) sheet.get("indicators").get("annual"))
                                .set(1, sheet.nullNode())),
                bad("fiscal year as text", 400, "fiscalYear", sheet -> sheet.put("fiscalYear", "二〇二五")),
                bad("money as formatted text", 400, "funding.annual.total",
                        sheet -> ((ObjectNode) sheet.get("funding").get("annual")).put("total", "694,100")),
                bad("period years as text", 400, "project.periodYears",
                        sheet -> TestSheets.project(sheet).put("periodYears", "three")),
                bad("indicators as an object", 400, "indicators.annual",
                        sheet -> ((ObjectNode) sheet.get("indicators")).putObject("annual")),
                bad("sign-off date over the limit", 422, "signoff.filledAt",
                        sheet -> ((ObjectNode) sheet.get("signoff")).put("filledAt", "日".repeat(65))),
                bad("sign-off date as an object", 400, "signoff.filledAt",
                        sheet -> ((ObjectNode) sheet.get("signoff")).putObject("filledAt")),
                bad("department code without a name", 422, "project.department.name",
                        sheet -> ((ObjectNode) TestSheets.project(sheet).get("department")).putNull("name")));
    }

    private static Arguments bad(String label, int status, String field, Consumer<ObjectNode> damage) {
        return arguments(label, status, field, damage);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSheets")
    void aBadSheetIsRefusedWithTheFieldNamedAndNothingStored(String label, int status, String field,
            Consumer<ObjectNode> damage) {
        ObjectNode sheet = TestSheets.variant(SEED, 2034, "坏输入-" + label);
        damage.accept(sheet);

        assertRefusedAndUnchanged(TestSheets.json(sheet), status, field);
    }

    @Test
    void malformedJsonIsRefused() {
        assertRefusedAndUnchanged("{\"fiscalYear\": 2034, \"project\": {", 400, "body");
    }

    @Test
    void aDuplicatedKeyIsRefusedRatherThanGuessed() {
        assertRefusedAndUnchanged("{\"fiscalYear\": 2034, \"fiscalYear\": 2035}", 400, "body");
    }

    @Test
    void aJsonArrayIsNotASheet() {
        assertRefusedAndUnchanged("[1, 2, 3]", 400, "body");
    }

    @Test
    void anEmptyBodyIsRefused() {
        StoreSnapshot before = StoreSnapshot.of(db);
        web.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
        assertThat(StoreSnapshot.of(db)).isEqualTo(before);
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedBeforeItIsRead() {
        StoreSnapshot before = StoreSnapshot.of(db);
        String big = "{\"fiscalYear\": 2034, \"text\": {\"overview\": \"" + "x".repeat(1_100_000) + "\"}}";

        web.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON).bodyValue(big).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("/problems/payload-too-large");
        assertThat(StoreSnapshot.of(db)).isEqualTo(before);
    }

    @Test
    void aChunkedBodyOverOneMebibyteIsRefusedToo() {
        StoreSnapshot before = StoreSnapshot.of(db);
        DefaultDataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;
        Flux<DataBuffer> chunks = Flux.range(0, 12).map(i -> buffers.wrap(
                (i == 0 ? "{\"a\":\"" : "").concat("y".repeat(100_000)).getBytes(StandardCharsets.UTF_8)));

        web.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON).body(chunks, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(StoreSnapshot.of(db)).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupported() {
        StoreSnapshot before = StoreSnapshot.of(db);
        web.post().uri("/api/v1/sheets").contentType(MediaType.TEXT_PLAIN).bodyValue("项目名称").exchange()
                .expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(StoreSnapshot.of(db)).isEqualTo(before);
    }

    @Test
    void everyViolationIsListedAtOnce() {
        ObjectNode sheet = TestSheets.variant(SEED, 2034, "多处错误");
        TestSheets.project(sheet).remove("name");
        ((ObjectNode) sheet.get("funding").get("annual")).put("total", -5);
        TestSheets.annualIndicator(sheet, 0).put("level1", "其他");

        JsonNode problem = web.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestSheets.json(sheet)).exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(problem.get("errors").findValuesAsString("field"))
                .containsExactly("project.name", "funding.annual.total", "indicators.annual[0].level1");
        assertThat(problem.get("detail").asString()).startsWith("project.name：必填");
    }

    private void assertRefusedAndUnchanged(String body, int status, String field) {
        StoreSnapshot before = StoreSnapshot.of(db);

        JsonNode problem = web.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(problem.get("detail").asString()).startsWith(field + "：");
        assertThat(StoreSnapshot.of(db)).isEqualTo(before);
    }
}
