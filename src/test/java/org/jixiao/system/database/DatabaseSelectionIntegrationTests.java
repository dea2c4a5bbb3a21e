package org.jixiao.system.database;

import java.nio.file.Path;
import java.util.List;

import org.jixiao.JixiaoApplication;
import org.jixiao.support.TestSheets;
import org.jixiao.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.SpringApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which PostgreSQL the service runs on: its own, kept in a data directory across restarts, or one the operator
 * configures with {@code spring.r2dbc.url}.
 */
class DatabaseSelectionIntegrationTests {

    @Test
    void aRestartKeepsTheDataAndDoesNotLoadTheDemoSheetsAgain(@TempDir Path dataDirectory) {
        String[] arguments = {"--server.port=0", "--jixiao.security.bootstrap-token=" + TestTokens.ADMIN,
                "--jixiao.embedded-database.data-directory=" + dataDirectory};
        long deletedDemoProject;
        try (ConfigurableApplicationContext first = SpringApplication.run(JixiaoApplication.class, arguments)) {
            WebTestClient web = client(first);
            assertThat(total(web)).isEqualTo(14);
            web.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(TestSheets.json(TestSheets.variant("city-cloud-ops", 2025, "重启后仍在的项目")))
                    .exchange().expectStatus().isCreated();
            deletedDemoProject = projects(web).getFirst().get("id").asLong();
            web.delete().uri("/api/v1/projects/{id}", deletedDemoProject).exchange().expectStatus().isNoContent();
        }

        try (ConfigurableApplicationContext second = SpringApplication.run(JixiaoApplication.class, arguments)) {
            WebTestClient web = client(second);
            List<JsonNode> projects = projects(web);
            assertThat(projects).hasSize(14);
            assertThat(projects).extracting(project -> project.get("name").asString()).contains("重启后仍在的项目");
            assertThat(projects).extracting(project -> project.get("id").asLong()).doesNotContain(deletedDemoProject);
        }
    }

    @Test
    void aConfiguredServerIsUsedInsteadOfTheEmbeddedOneAndGetsNoDemoData() throws Exception {
        EmbeddedDatabaseProperties serverProperties = new EmbeddedDatabaseProperties(Path.of("unused"), 0, "cityjixiao",
                true);
        try (EmbeddedPostgresServer operatorsServer = EmbeddedPostgresServer.start(serverProperties)) {
            String[] arguments = {"--server.port=0", "--jixiao.security.bootstrap-token=" + TestTokens.ADMIN,
                    "--spring.r2dbc.url=r2dbc:postgresql://127.0.0.1:" + operatorsServer.port() + "/cityjixiao",
                    "--spring.r2dbc.username=postgres"};
            try (ConfigurableApplicationContext context = SpringApplication.run(JixiaoApplication.class, arguments)) {
                assertThat(context.getBeanProvider(EmbeddedPostgresServer.class).getIfAvailable()).isNull();
                WebTestClient web = client(context);
                assertThat(total(web)).isZero();
                web.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(TestSheets.json(TestSheets.seed("city-cloud-ops"))).exchange()
                        .expectStatus().isCreated();
                assertThat(total(web)).isEqualTo(1);
            }
        }
    }

    private static WebTestClient client(ConfigurableApplicationContext context) {
        String port = context.getEnvironment().getProperty("local.server.port");
        return WebTestClient.bindToServer()
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.ADMIN)).baseUrl("http://localhost:" + port).build();
    }

    private static long total(WebTestClient web) {
        return page(web).get("total").asLong();
    }

    private static List<JsonNode> projects(WebTestClient web) {
        return page(web).get("items").valueStream().toList();
    }

    private static JsonNode page(WebTestClient web) {
        return web.get().uri("/api/v1/projects?fiscalYear=2025&size=200").exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
