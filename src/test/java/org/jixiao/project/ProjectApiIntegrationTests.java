package org.jixiao.project;

import java.util.List;

import org.jixiao.support.IntegrationTest;
import org.jixiao.support.StoreSnapshot;
import org.jixiao.support.TestSheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ProjectApiIntegrationTests {

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    @Test
    void theFourteenDemoProjectsOf2025AreListed() {
        JsonNode page = getJson("/api/v1/projects?fiscalYear=2025&size=200");

        assertThat(page.get("total").asLong()).isEqualTo(14);
        List<String> names = names(page);
        assertThat(names).hasSize(14).contains("城市云平台运维项目", "热线受理中心运营管理及人员外包服务费用",
                "晋城市智慧人大建设项目");
        JsonNode first = page.get("items").get(0);
        assertThat(first.has("id")).isTrue();
        assertThat(first.get("department").get("code").asString()).isEqualTo("102");
        assertThat(first.get("funding").get("annual").has("total")).isTrue();
        assertThat(first.has("warnings")).isTrue();
    }

    @Test
    void pagesCoverEveryProjectOnceAndCarryTheTotal() {
        JsonNode first = getJson("/api/v1/projects?fiscalYear=2025&size=5&page=0");
        JsonNode second = getJson("/api/v1/projects?fiscalYear=2025&size=5&page=1");
        JsonNode third = getJson("/api/v1/projects?fiscalYear=2025&size=5&page=2");
        JsonNode beyond = getJson("/api/v1/projects?fiscalYear=2025&size=5&page=3");

        assertThat(first.get("total").asLong()).isEqualTo(14);
        assertThat(beyond.get("total").asLong()).isEqualTo(14);
        assertThat(beyond.get("items").size()).isZero();
        List<Long> ids = new java.util.ArrayList<>();
        for (JsonNode page : List.of(first, second, third)) {
            page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        }
        assertThat(ids).hasSize(14).doesNotHaveDuplicates();
    }

    @Test
    void aNameFragmentFilters() {
        JsonNode page = getJson("/api/v1/projects?fiscalYear=2025&q=智慧人大");

        assertThat(names(page))
                .containsExactlyInAnyOrder("晋城市智慧人大建设项目", "晋城市智慧人大建设项目费用");
        assertThat(page.get("total").asLong()).isEqualTo(2);
    }

    @Test
    void filtersByDepartmentAndYear() {
        assertThat(getJson("/api/v1/projects?fiscalYear=2025&department=102").get("total").asLong()).isEqualTo(14);
        assertThat(getJson("/api/v1/projects?fiscalYear=2025&department=999").get("total").asLong()).isZero();
        assertThat(getJson("/api/v1/projects?fiscalYear=1999").get("total").asLong()).isZero();
    }

    @Test
    void aProjectCarriesItsSheet() {
        long id = demoProjectId("城市云平台运维项目");

        JsonNode project = getJson("/api/v1/projects/" + id);

        assertThat(project.get("fiscalYear").asInt()).isEqualTo(2025);
        assertThat(project.get("attribute").asString()).isEqualTo("延续性项目（阶段开展）");
        assertThat(project.get("periodYears").asInt()).isEqualTo(3);
        assertThat(project.get("budgetWan").decimalValue()).isEqualByComparingTo("70.6");
        assertThat(project.get("funding").get("period").get("total").decimalValue()).isEqualByComparingTo("7258000");
        assertThat(project.get("text").get("plan").asString()).contains("每半年支付一次服务费");
        assertThat(project.get("goals").get("annual").asString()).startsWith("完成晋城电子政务网");
        assertThat(project.get("signoff").get("filledAt").asString()).isEqualTo("2025-02-27");
        assertThat(project.get("transcriptionNotes").size()).isGreaterThan(5);
    }

    @Test
    void indicatorsAreTheAnnualOnesUnlessAnotherScopeIsAsked() {
        long id = demoProjectId("城市云平台运维项目");

        JsonNode annual = getJson("/api/v1/projects/" + id + "/indicators");
        JsonNode period = getJson("/api/v1/projects/" + id + "/indicators?scope=PERIOD");
        JsonNode all = getJson("/api/v1/projects/" + id + "/indicators?scope=all");

        assertThat(annual.size()).isEqualTo(11);
        assertThat(annual.findValuesAsString("scope")).containsOnly("ANNUAL");
        assertThat(period.findValuesAsString("scope")).containsOnly("PERIOD");
        assertThat(all.size()).isEqualTo(annual.size() + period.size());
        JsonNode uptime = annual.valueStream()
                .filter(indicator -> indicator.get("level3").asString().equals("城市云平台设备及网络正常运行率"))
                .findFirst().orElseThrow();
        assertThat(uptime.get("level1").asString()).isEqualTo("产出指标");
        assertThat(uptime.get("level2").asString()).isEqualTo("质量指标");
        JsonNode target = uptime.get("target");
        assertThat(target.get("text").asString()).isEqualTo("≥95%");
        assertThat(target.get("kind").asString()).isEqualTo("PERCENT");
        assertThat(target.get("comparator").asString()).isEqualTo("GE");
        assertThat(target.get("value").decimalValue()).isEqualByComparingTo("95");
        assertThat(target.get("unit").asString()).isEqualTo("%");
        assertThat(target.get("direction").asString()).isEqualTo("HIGHER_IS_BETTER");
        assertThat(target.get("suspect").asBoolean()).isFalse();
    }

    @Test
    void deadlinesAreResolvedInTheSheetsFiscalYear() {
        long id = demoProjectId("城市云平台运维项目");

        JsonNode drill = getJson("/api/v1/projects/" + id + "/indicators").valueStream()
                .filter(indicator -> indicator.get("level3").asString().equals("护网行动开展时间"))
                .findFirst().orElseThrow().get("target");

        assertThat(drill.get("kind").asString()).isEqualTo("DEADLINE");
        assertThat(drill.get("due").asString()).isEqualTo("2025-10-31");
    }

    @Test
    void anUnknownScopeIsRefusedByName() {
        long id = demoProjectId("城市云平台运维项目");

        web.get().uri("/api/v1/projects/{id}/indicators?scope=MONTHLY", id).exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("scope");
    }

    @ParameterizedTest
    @CsvSource({"size,0", "size,201", "page,-1"})
    void anImpossiblePageIsRefusedByName(String parameter, int value) {
        web.get().uri("/api/v1/projects?" + parameter + "=" + value).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(parameter);
    }

    @Test
    void aPageThatIsNotANumberIsRefusedByName() {
        web.get().uri("/api/v1/projects?page=first").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("page")
                .jsonPath("$.detail").isEqualTo("page：应为整数（收到“first”）");
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/projects/424242", "/api/v1/projects/424242/indicators", "/api/v1/projects/424242/sheet"})
    void anUnknownProjectIsNotFound(String uri) {
        web.get().uri(uri).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("/problems/not-found")
                .jsonPath("$.detail").isEqualTo("项目 424242 不存在");
    }

    @Test
    void deletingAProjectRemovesItWithItsIndicators() {
        long id = web.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestSheets.json(TestSheets.variant("cloud-resource-rental", 2035, "待删除项目"))).exchange()
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asLong();
        StoreSnapshot before = StoreSnapshot.of(db);

        web.delete().uri("/api/v1/projects/{id}", id).exchange().expectStatus().isNoContent();

        StoreSnapshot after = StoreSnapshot.of(db);
        assertThat(after.projects()).isEqualTo(before.projects() - 1);
        assertThat(after.indicators()).isLessThan(before.indicators());
        assertThat(after.fundingRows()).isEqualTo(before.fundingRows() - 2);
        web.get().uri("/api/v1/projects/{id}", id).exchange().expectStatus().isNotFound();
        web.delete().uri("/api/v1/projects/{id}", id).exchange().expectStatus().isNotFound();
    }

    @Test
    void anUnknownPathIsAProblemToo() {
        web.get().uri("/api/v1/nothing-here").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theApiIsDescribedAndBrowsable() {
        JsonNode docs = getJson("/v3/api-docs");
        assertThat(docs.get("paths").propertyNames()).contains("/api/v1/sheets", "/api/v1/projects",
                "/api/v1/projects/{id}", "/api/v1/projects/{id}/sheet", "/api/v1/projects/{id}/indicators");
        web.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
        web.get().uri("/webjars/swagger-ui/index.html").exchange().expectStatus().isOk();
    }

    @Test
    void healthHasLivenessAndReadiness() {
        web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    private static List<String> names(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("name").asString()).toList();
    }

    private JsonNode getJson(String uri) {
        return web.get().uri(uri).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private long demoProjectId(String name) {
        return getJson("/api/v1/projects?fiscalYear=2025&size=200").get("items").valueStream()
                .filter(item -> item.get("name").asString().equals(name))
                .findFirst().orElseThrow().get("id").asLong();
    }
}
