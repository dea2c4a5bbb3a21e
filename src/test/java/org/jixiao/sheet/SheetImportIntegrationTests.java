package org.jixiao.sheet;

import java.util.List;

import org.jixiao.support.IntegrationTest;
import org.jixiao.support.JsonNormaliser;
import org.jixiao.support.StoreSnapshot;
import org.jixiao.support.TestSheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.support.TestSheets.SEED_SHEETS;

@IntegrationTest
class SheetImportIntegrationTests {

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    @Test
    void importAnswersCreatedWithTheProjectAndItsLocation() {
        ObjectNode sheet = TestSheets.variant("city-cloud-ops", 2031, "城市云平台运维项目（导入测试）");

        JsonNode project = postSheet(sheet, HttpStatus.CREATED);

        long id = project.get("id").asLong();
        assertThat(project.get("name").asString()).isEqualTo("城市云平台运维项目（导入测试）");
        assertThat(project.get("fiscalYear").asInt()).isEqualTo(2031);
        assertThat(project.get("department").get("code").asString()).isEqualTo("102");
        assertThat(project.get("funding").get("annual").get("total").decimalValue()).isEqualByComparingTo("706000");
        assertThat(project.get("funding").get("period").get("other").isNull()).isTrue();
        assertThat(project.get("links").get("sheet").asString()).isEqualTo("/api/v1/projects/" + id + "/sheet");
        // The real sheet's period funding does not add up; it is stored as printed and flagged.
        assertThat(project.get("warnings").findValuesAsString("code")).contains("FUNDING_SOURCES_DO_NOT_ADD_UP");
        web.get().uri("/api/v1/projects/{id}", id).exchange().expectStatus().isOk();
    }

    @Test
    void importSetsTheLocationHeader() {
        ObjectNode sheet = TestSheets.variant("digital-economy-services", 2031, "数字经济服务（Location）");

        String location = web.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestSheets.json(sheet)).exchange()
                .expectStatus().isCreated()
                .returnResult(String.class).getResponseHeaders().getLocation().toString();

        assertThat(location).matches("/api/v1/projects/\\d+");
        web.get().uri(location).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo("数字经济服务（Location）");
    }

    @Test
    void keysTheFormatDoesNotDefineAreIgnoredAndListedAsWarnings() {
        ObjectNode sheet = TestSheets.variant("bigdata-platform-ops", 2031, "大数据平台运维（扩展键）");
        sheet.put("exportedBy", "another tool");
        TestSheets.project(sheet).put("colour", "blue");
        TestSheets.annualIndicator(sheet, 0).put("weight", 5);

        JsonNode project = postSheet(sheet, HttpStatus.CREATED);

        List<String> fields = project.get("warnings").valueStream()
                .filter(warning -> warning.get("code").asString().equals("UNKNOWN_KEY"))
                .map(warning -> warning.get("field").asString())
                .toList();
        assertThat(fields).containsExactlyInAnyOrder("exportedBy", "project.colour", "indicators.annual[0].weight");
    }

    @Test
    void aSheetForAProjectThatExistsIsAConflictThatLinksTheExistingProjectAndChangesNothing() {
        ObjectNode sheet = TestSheets.variant("hotline-center-outsourcing", 2031, "热线中心（重复）");
        long existing = postSheet(sheet, HttpStatus.CREATED).get("id").asLong();
        StoreSnapshot before = StoreSnapshot.of(db);

        JsonNode problem = postSheet(sheet, HttpStatus.CONFLICT);

        assertThat(problem.get("type").asString()).isEqualTo("/problems/conflict");
        assertThat(problem.get("existing").asString()).isEqualTo("/api/v1/projects/" + existing);
        assertThat(problem.get("detail").asString()).contains("热线中心（重复）");
        assertThat(StoreSnapshot.of(db)).isEqualTo(before);
    }

    @ParameterizedTest
    @FieldSource("org.jixiao.support.TestSheets#SEED_SHEETS")
    void theExportOfEveryDemoProjectIsTheSeedSheet(String seed) {
        ObjectNode original = TestSheets.seed(seed);
        long id = demoProjectId(original.get("project").get("name").asString());

        JsonNode exported = web.get().uri("/api/v1/projects/{id}/sheet", id).exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(JsonNormaliser.normalise(exported)).isEqualTo(JsonNormaliser.normalise(original));
    }

    @ParameterizedTest
    @FieldSource("org.jixiao.support.TestSheets#SEED_SHEETS")
    void importingAnExportElsewhereGivesTheSameProject(String seed) {
        ObjectNode sheet = TestSheets.variant(seed, 2033, "往返-" + seed);
        long id = postSheet(sheet, HttpStatus.CREATED).get("id").asLong();
        JsonNode projectBefore = getJson("/api/v1/projects/" + id);
        JsonNode indicatorsBefore = getJson("/api/v1/projects/" + id + "/indicators?scope=ALL");
        JsonNode exported = getJson("/api/v1/projects/" + id + "/sheet");
        web.delete().uri("/api/v1/projects/{id}", id).exchange().expectStatus().isNoContent();

        long reimported = postSheet((ObjectNode) exported, HttpStatus.CREATED).get("id").asLong();

        assertThat(JsonNormaliser.normaliseWithout(getJson("/api/v1/projects/" + reimported), "id", "createdAt",
                "updatedAt", "links"))
                .isEqualTo(JsonNormaliser.normaliseWithout(projectBefore, "id", "createdAt", "updatedAt", "links"));
        assertThat(withoutIds(getJson("/api/v1/projects/" + reimported + "/indicators?scope=ALL")))
                .isEqualTo(withoutIds(indicatorsBefore));
        assertThat(JsonNormaliser.normalise(getJson("/api/v1/projects/" + reimported + "/sheet")))
                .isEqualTo(JsonNormaliser.normalise(exported));
    }

    @Test
    void replacingASheetKeepsIndicatorIdentityAndShowsTheOriginalTargetBesideTheAdjustedOne() {
        ObjectNode sheet = TestSheets.variant("city-cloud-ops", 2032, "城市云平台运维（调整）");
        long id = postSheet(sheet, HttpStatus.CREATED).get("id").asLong();
        JsonNode costBefore = annualIndicatorNamed(id, "尾款控制数(万)");
        ArrayNode annual = (ArrayNode) sheet.get("indicators").get("annual");
        TestSheets.annualIndicator(sheet, 7).put("target", "≤68万元");
        annual.remove(annual.size() - 1);
        ObjectNode added = annual.addObject();
        added.put("level1", "效益指标").put("level2", "可持续影响").put("level3", "运维文档归档率").put("target", "100%");

        JsonNode replaced = putSheet(id, sheet, HttpStatus.OK);

        assertThat(replaced.get("id").asLong()).isEqualTo(id);
        JsonNode cost = annualIndicatorNamed(id, "尾款控制数(万)");
        assertThat(cost.get("id").asLong()).isEqualTo(costBefore.get("id").asLong());
        assertThat(cost.get("target").get("text").asString()).isEqualTo("≤68万元");
        assertThat(cost.get("target").get("value").decimalValue()).isEqualByComparingTo("680000");
        assertThat(cost.get("originalTarget").get("text").asString()).isEqualTo("≤70.6万元");
        assertThat(cost.get("originalTarget").get("value").decimalValue()).isEqualByComparingTo("706000");
        JsonNode indicators = getJson("/api/v1/projects/" + id + "/indicators");
        assertThat(indicators.findValuesAsString("level3")).doesNotContain("平台使用人员满意度(%)")
                .contains("运维文档归档率");
        assertThat(annualIndicatorNamed(id, "运维文档归档率").get("originalTarget").isNull()).isTrue();
        assertThat(annualIndicatorNamed(id, "驻场人数").get("originalTarget").isNull()).isTrue();
        assertThat(getJson("/api/v1/projects/" + id + "/sheet").get("indicators").get("annual").get(7).get("target")
                .asString()).isEqualTo("≤68万元");
    }

    @Test
    void aBareTenThousandIsMoneyOnlyInACostIndicator() {
        ObjectNode sheet = TestSheets.variant("city-cloud-ops", 2031, "城市云平台运维（万与万元）");
        TestSheets.annualIndicator(sheet, 7).put("target", "≤70.6万");
        TestSheets.annualIndicator(sheet, 0).put("target", "≥10万");
        long id = postSheet(sheet, HttpStatus.CREATED).get("id").asLong();

        JsonNode cost = annualIndicatorNamed(id, "尾款控制数(万)").get("target");
        assertThat(cost.get("kind").asString()).isEqualTo("MONEY");
        assertThat(cost.get("value").decimalValue()).isEqualByComparingTo("706000");
        assertThat(cost.get("unit").asString()).isEqualTo("万元");
        assertThat(cost.get("text").asString()).isEqualTo("≤70.6万");
        JsonNode count = annualIndicatorNamed(id, "驻场人数").get("target");
        assertThat(count.get("kind").asString()).isEqualTo("QUANTITY");
        assertThat(count.get("value").decimalValue()).isEqualByComparingTo("10");
        assertThat(count.get("unit").asString()).isEqualTo("万");
    }

    @Test
    void adjustingATargetBackToItsOriginalClearsTheAdjustment() {
        ObjectNode sheet = TestSheets.variant("city-cloud-ops", 2032, "城市云平台运维（回调）");
        long id = postSheet(sheet, HttpStatus.CREATED).get("id").asLong();
        TestSheets.annualIndicator(sheet, 0).put("target", "≥10人");
        putSheet(id, sheet, HttpStatus.OK);
        assertThat(annualIndicatorNamed(id, "驻场人数").get("originalTarget").get("text").asString()).isEqualTo("≥8人");

        TestSheets.annualIndicator(sheet, 0).put("target", "≥8人");
        putSheet(id, sheet, HttpStatus.OK);

        assertThat(annualIndicatorNamed(id, "驻场人数").get("originalTarget").isNull()).isTrue();
    }

    @Test
    void replacingASheetWithTheIdentityOfAnotherProjectIsAConflictAndChangesNothing() {
        long first = postSheet(TestSheets.variant("egov-extranet-ops", 2032, "外网运维A"), HttpStatus.CREATED)
                .get("id").asLong();
        long second = postSheet(TestSheets.variant("egov-extranet-ops", 2032, "外网运维B"), HttpStatus.CREATED)
                .get("id").asLong();
        StoreSnapshot before = StoreSnapshot.of(db);

        JsonNode problem = putSheet(second, TestSheets.variant("egov-extranet-ops", 2032, "外网运维A"),
                HttpStatus.CONFLICT);

        assertThat(problem.get("existing").asString()).isEqualTo("/api/v1/projects/" + first);
        assertThat(StoreSnapshot.of(db)).isEqualTo(before);
    }

    @Test
    void replacingTheSheetOfAnUnknownProjectIsNotFoundAndChangesNothing() {
        StoreSnapshot before = StoreSnapshot.of(db);

        JsonNode problem = putSheet(987_654, TestSheets.variant("egov-extranet-ops", 2032, "不存在"),
                HttpStatus.NOT_FOUND);

        assertThat(problem.get("detail").asString()).contains("987654");
        assertThat(StoreSnapshot.of(db)).isEqualTo(before);
    }

    @Test
    void anInvalidReplacementChangesNothing() {
        ObjectNode sheet = TestSheets.variant("smart-npc-construction", 2032, "智慧人大（无效替换）");
        long id = postSheet(sheet, HttpStatus.CREATED).get("id").asLong();
        StoreSnapshot before = StoreSnapshot.of(db);
        TestSheets.annualIndicator(sheet, 1).put("level1", "未知指标");

        JsonNode problem = putSheet(id, sheet, HttpStatus.UNPROCESSABLE_CONTENT);

        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("indicators.annual[1].level1");
        assertThat(StoreSnapshot.of(db)).isEqualTo(before);
    }

    private JsonNode postSheet(ObjectNode sheet, HttpStatus expected) {
        return web.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestSheets.json(sheet)).exchange()
                .expectStatus().isEqualTo(expected)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode putSheet(long id, ObjectNode sheet, HttpStatus expected) {
        return web.put().uri("/api/v1/projects/{id}/sheet", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestSheets.json(sheet)).exchange()
                .expectStatus().isEqualTo(expected)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode getJson(String uri) {
        return web.get().uri(uri).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private long demoProjectId(String name) {
        JsonNode page = getJson("/api/v1/projects?fiscalYear=2025&size=200");
        return page.get("items").valueStream()
                .filter(item -> item.get("name").asString().equals(name))
                .findFirst().orElseThrow().get("id").asLong();
    }

    private JsonNode annualIndicatorNamed(long projectId, String level3) {
        return getJson("/api/v1/projects/" + projectId + "/indicators").valueStream()
                .filter(indicator -> indicator.get("level3").asString().equals(level3))
                .findFirst().orElseThrow();
    }

    private static Object withoutIds(JsonNode indicators) {
        return indicators.valueStream()
                .map(indicator -> JsonNormaliser.normaliseWithout(indicator, "id", "projectId"))
                .toList();
    }
}
