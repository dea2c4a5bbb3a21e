package org.jixiao.support;

import tools.jackson.databind.JsonNode;

import org.springframework.test.web.reactive.server.WebTestClient;

/** Finds the demo data's projects and indicators by name through the API, as a test that writes to them needs. */
public final class DemoLookups {

    private DemoLookups() {
    }

    /** The id of the 2025 project with this name. */
    public static long projectId(WebTestClient client, String name) {
        return client.get().uri("/api/v1/projects?fiscalYear=2025&size=200").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("items").valueStream()
                .filter(item -> item.get("name").asString().equals(name)).findFirst().orElseThrow()
                .get("id").asLong();
    }

    /** The id of the project's indicator with this level-3 name. */
    public static long indicatorId(WebTestClient client, long project, String level3) {
        return client.get().uri("/api/v1/projects/{id}/indicators", project).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().valueStream()
                .filter(indicator -> indicator.get("level3").asString().equals(level3)).findFirst().orElseThrow()
                .get("id").asLong();
    }
}
