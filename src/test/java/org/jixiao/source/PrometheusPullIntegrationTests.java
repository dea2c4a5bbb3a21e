package org.jixiao.source;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.jixiao.support.IntegrationTest;
import org.jixiao.support.PrometheusServer;
import org.jixiao.support.TestSheets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An indicator bound to a PromQL query gets its actual from a real Prometheus. CI installs Debian's prometheus
 * package (.ci/run) and so always runs this; a developer machine without it skips it with a message.
 */
@IntegrationTest
class PrometheusPullIntegrationTests {

    @Autowired
    WebTestClient admin;

    @Autowired
    SourceService sources;

    @Autowired
    Clock clock;

    @Test
    void aBoundIndicatorGetsItsActualFromPrometheus(@TempDir Path directory) throws Exception {
        boolean required = System.getenv("CI") != null;
        Assumptions.assumeTrue(required || PrometheusServer.installed(),
                "Debian's prometheus package is not installed (apt-get install --no-install-recommends prometheus)");
        try (PrometheusServer prometheus = PrometheusServer.start(directory,
                "# TYPE city_cloud_availability gauge\ncity_cloud_availability 0.965\n")) {
            long uptime = uptimeIndicatorOfAProjectThisYear();
            bind(uptime, "avg_over_time(city_cloud_availability[$range]) * 100", prometheus.baseUrl(), 200);
            // The pull asks for the current second, which may precede the first scrape.
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    assertThat(sources.pullAll().block().failures()).isEmpty());

            JsonNode measurement = admin.get().uri("/api/v1/indicators/{id}/measurements", uptime).exchange()
                    .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody().get(0);
            assertThat(measurement.get("value").decimalValue()).isEqualByComparingTo("96.5");
            assertThat(measurement.get("source").asString()).isEqualTo("PROMETHEUS");
            JsonNode binding = admin.get().uri("/api/v1/indicators/{id}/source", uptime).exchange()
                    .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
            assertThat(binding.get("lastPulledAt").isNull()).isFalse();
            assertThat(binding.get("lastError").isNull()).isTrue();

            prometheus.expose("city_cloud_availability{zone=\"a\"} 1\ncity_cloud_availability{zone=\"b\"} 0.9\n");
            await().atMost(Duration.ofSeconds(30)).until(() -> prometheus.answers(
                    "count(city_cloud_availability) == 2"));
            bind(uptime, "city_cloud_availability * 100", prometheus.baseUrl(), 200);
            // Likewise the scrape that brings the second series.
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    assertThat(sources.pullAll().block().failures())
                            .anySatisfy(failure -> assertThat(failure).contains("2 series")));
            assertThat(admin.get().uri("/api/v1/indicators/{id}/source", uptime).exchange()
                    .expectBody(JsonNode.class).returnResult().getResponseBody().get("lastError").asString())
                    .contains("must return one value");
        }
    }

    @Test
    void onlyHttpUrlsMayBeBound() {
        long uptime = uptimeIndicatorOfAProjectThisYear();

        bind(uptime, "up", "file:///etc/passwd", 422);
        bind(uptime, " ", "http://prometheus:9090", 422);
    }

    private void bind(long indicator, String query, String baseUrl, int status) {
        admin.put().uri("/api/v1/indicators/{id}/source", indicator).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("type", "PROMETHEUS", "query", query, "baseUrl", baseUrl)).exchange()
                .expectStatus().isEqualTo(status);
    }

    /** Prometheus has data only for now, so the bound project's fiscal year is this year. */
    private long uptimeIndicatorOfAProjectThisYear() {
        int year = LocalDate.now(clock).getYear();
        String name = "云平台在线率-" + year;
        JsonNode existing = admin.get().uri("/api/v1/projects?q={name}", name).exchange()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("items");
        long project = existing.isEmpty()
                ? admin.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(TestSheets.json(TestSheets.variant("city-cloud-ops", year, name))).exchange()
                        .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                        .get("id").asLong()
                : existing.get(0).get("id").asLong();
        return admin.get().uri("/api/v1/projects/{id}/indicators", project).exchange()
                .expectBody(JsonNode.class).returnResult().getResponseBody().valueStream()
                .filter(indicator -> indicator.get("level3").asString().equals("城市云平台设备及网络正常运行率"))
                .findFirst().orElseThrow().get("id").asLong();
    }
}
