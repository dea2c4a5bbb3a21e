package org.jixiao.indicator;

import java.nio.file.Path;

import org.jixiao.JixiaoApplication;
import org.jixiao.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.SpringApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Changing how {@code N月前} is read re-reads the stored targets at the next start. */
class TargetRefreshIntegrationTests {

    @Test
    void switchingTheBeforeMonthReadingMovesStoredDueDates(@TempDir Path dataDirectory) {
        String directory = "--jixiao.embedded-database.data-directory=" + dataDirectory;
        String admin = "--jixiao.security.bootstrap-token=" + TestTokens.ADMIN;

        try (ConfigurableApplicationContext context = SpringApplication.run(JixiaoApplication.class,
                "--server.port=0", admin, directory)) {
            assertThat(dueOfFirstBeforeMonthTarget(context)).isEqualTo("2025-09-30");
        }
        try (ConfigurableApplicationContext context = SpringApplication.run(JixiaoApplication.class,
                "--server.port=0", admin, directory, "--jixiao.targets.before-month-reading=end-of-month")) {
            assertThat(dueOfFirstBeforeMonthTarget(context)).isEqualTo("2025-10-31");
        }
    }

    /** Two demo projects (智慧城市一期工程, 智慧人大建设) have an annual target printed 10月前. */
    private static String dueOfFirstBeforeMonthTarget(ConfigurableApplicationContext context) {
        WebTestClient web = WebTestClient.bindToServer()
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.ADMIN))
                .baseUrl("http://localhost:" + context.getEnvironment().getProperty("local.server.port")).build();
        JsonNode projects = web.get().uri("/api/v1/projects?fiscalYear=2025&size=200").exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        for (JsonNode project : projects.get("items")) {
            JsonNode indicators = web.get().uri("/api/v1/projects/{id}/indicators", project.get("id").asLong())
                    .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
            for (JsonNode indicator : indicators) {
                if ("10月前".equals(indicator.get("target").get("text").asString())) {
                    return indicator.get("target").get("due").asString();
                }
            }
        }
        throw new AssertionError("no demo indicator with target 10月前");
    }
}
