package org.jixiao.metrics;

import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** An actual on a demo indicator, so that per-indicator series (attainment) exist whatever other tests ran. */
final class MetricsSeed {

    private MetricsSeed() {
    }

    static void measureCityCloudUptime(WebTestClient admin) {
        long project = admin.get().uri("/api/v1/projects?fiscalYear=2025&q=城市云平台运维").exchange()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("items").get(0).get("id").asLong();
        long uptime = admin.get().uri("/api/v1/projects/{id}/indicators", project).exchange()
                .expectBody(JsonNode.class).returnResult().getResponseBody().valueStream()
                .filter(indicator -> indicator.get("level3").asString().equals("城市云平台设备及网络正常运行率"))
                .findFirst().orElseThrow().get("id").asLong();
        admin.post().uri("/api/v1/indicators/{id}/measurements", uptime).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("value", "93%", "observedAt", "2025-11-30")).exchange().expectStatus().isCreated();
    }
}
