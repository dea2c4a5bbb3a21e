package org.jixiao.security;

import java.time.Instant;

import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestSheets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Every write leaves who, when and what in the audit log. */
@IntegrationTest
class AuditIntegrationTests {

    @Autowired
    WebTestClient admin;

    @Test
    void importReplaceAndDeleteAreRecordedWithWhatChanged() {
        Instant before = Instant.now().minusSeconds(1);
        ObjectNode sheet = TestSheets.variant("city-cloud-ops", 2038, "审计-城市云");
        long id = admin.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestSheets.json(sheet)).exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asLong();
        TestSheets.annualIndicator(sheet, 7).put("target", "≤68万元");
        admin.put().uri("/api/v1/projects/{id}/sheet", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestSheets.json(sheet)).exchange().expectStatus().isOk();
        admin.delete().uri("/api/v1/projects/{id}", id).exchange().expectStatus().isNoContent();

        JsonNode events = admin.get().uri(uri -> uri.path("/api/v1/audit").queryParam("entity", "project")
                        .queryParam("from", before.toString()).queryParam("size", 500).build())
                .exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("items");
        JsonNode[] forProject = events.valueStream()
                .filter(event -> event.get("entityId").asString().equals(String.valueOf(id)))
                .toArray(JsonNode[]::new);

        assertThat(forProject).extracting(event -> event.get("action").asString())
                .containsExactly("delete", "replace-sheet", "import");
        JsonNode replace = forProject[1];
        assertThat(replace.get("actor").asString()).matches("token #\\d+ bootstrap-admin");
        assertThat(replace.get("before").get("targets").get("ANNUAL 尾款控制数(万)").asString()).isEqualTo("≤70.6万元");
        assertThat(replace.get("after").get("targets").get("ANNUAL 尾款控制数(万)").asString()).isEqualTo("≤68万元");
        assertThat(replace.get("after").get("targets").size()).isEqualTo(1);
        assertThat(forProject[0].get("before").get("name").asString()).isEqualTo("审计-城市云");
        assertThat(forProject[0].get("after").isNull()).isTrue();
        assertThat(forProject[2].get("before").isNull()).isTrue();
    }

    @Test
    void theLogFiltersByEntityActorAndTime() {
        admin.post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"audited\",\"roles\":[\"VIEWER\"]}").exchange().expectStatus().isCreated();

        JsonNode tokens = page("/api/v1/audit?entity=token");
        JsonNode bySystem = page("/api/v1/audit?actor=system&entity=project");
        JsonNode future = page("/api/v1/audit?from=2999-01-01T00:00:00Z");

        assertThat(tokens.get("items").valueStream().map(event -> event.get("entity").asString())).containsOnly("token");
        assertThat(tokens.get("items").valueStream().map(event -> event.get("after").path("name").asString()))
                .contains("audited");
        // The demo sheets were imported by the service itself.
        assertThat(bySystem.get("total").asLong()).isGreaterThanOrEqualTo(14);
        assertThat(future.get("total").asLong()).isZero();
    }

    @Test
    void impossibleFiltersAreRefusedByName() {
        admin.get().uri("/api/v1/audit?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z").exchange()
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.errors[0].field").isEqualTo("to");
        admin.get().uri("/api/v1/audit?size=501").exchange()
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
        admin.get().uri("/api/v1/audit?from=yesterday").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("from");
    }

    private JsonNode page(String uri) {
        return admin.get().uri(uri).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
