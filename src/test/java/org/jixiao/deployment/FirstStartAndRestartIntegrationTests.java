package org.jixiao.deployment;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.JixiaoApplication;
import org.jixiao.support.TestSheets;
import org.jixiao.support.TestTokens;
import org.jixiao.system.database.EmbeddedDatabaseProperties;
import org.jixiao.system.database.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator sees when the service starts: on a new installation of its own embedded PostgreSQL it prints one
 * administrator token and the one-time password of the workbench account {@code admin}, and loads the demo sheets; a
 * restart keeps the data and the workbench sessions, and prints and loads nothing; pointed at
 * the operator's PostgreSQL it gets no demo data, and a preset token is used without being printed. Each start costs
 * seconds, so each test walks a whole story instead of one start per assertion.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartAndRestartIntegrationTests {

    private static final Pattern PRINTED_TOKEN = Pattern.compile("^\\s+(jx_[A-Za-z0-9_-]{43})$", Pattern.MULTILINE);
    private static final Pattern PRINTED_PASSWORD = Pattern.compile(
            "created the account 'admin' with a one-time password.*?^\\s+([A-Za-z0-9]{20})$",
            Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void theFirstStartPrintsAWorkingTokenAndARestartKeepsTheDataWithoutPrintingOrLoadingAgain(
            @TempDir Path data, CapturedOutput output) {
        String[] arguments = {"--server.port=0", "--jixiao.embedded-database.data-directory=" + data};
        String token;
        String password;
        String session;
        long deletedDemoProject;
        try (ConfigurableApplicationContext first = SpringApplication.run(JixiaoApplication.class, arguments)) {
            Matcher printed = PRINTED_TOKEN.matcher(output.getOut());
            assertThat(printed.find()).as("a token printed on its own line").isTrue();
            token = printed.group(1);
            Matcher printedPassword = PRINTED_PASSWORD.matcher(output.getOut());
            assertThat(printedPassword.find()).as("admin's password printed on its own line").isTrue();
            password = printedPassword.group(1);
            session = logIn(first, "admin", password);
            WebTestClient web = client(first, token);
            web.get().uri("/api/v1/audit").exchange().expectStatus().isOk();
            assertThat(total(web)).isEqualTo(14);
            web.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(TestSheets.json(TestSheets.variant("city-cloud-ops", 2025, "重启后仍在的项目")))
                    .exchange().expectStatus().isCreated();
            deletedDemoProject = projects(web).getFirst().get("id").asLong();
            web.delete().uri("/api/v1/projects/{id}", deletedDemoProject).exchange().expectStatus().isNoContent();
        }
        int printedSoFar = output.getOut().length();

        try (ConfigurableApplicationContext second = SpringApplication.run(JixiaoApplication.class, arguments)) {
            String secondStart = output.getOut().substring(printedSoFar);
            assertThat(secondStart).doesNotContain("created an administrator API token").doesNotContain(token)
                    .doesNotContain("created the account 'admin'").doesNotContain(password);
            // The session of the first start is still good (the key is in the database), and the printed password
            // still has to be replaced before any page opens.
            anonymous(second).get().uri("/").cookie("JIXIAO_SESSION", session).exchange()
                    .expectStatus().isFound().expectHeader().location("/password");
            List<JsonNode> projects = projects(client(second, token));
            assertThat(projects).hasSize(14);
            assertThat(projects).extracting(project -> project.get("name").asString()).contains("重启后仍在的项目");
            assertThat(projects).extracting(project -> project.get("id").asLong()).doesNotContain(deletedDemoProject);
        }
    }

    @Test
    void onTheOperatorsServerThereIsNoDemoDataAndAPresetTokenWorksWithoutBeingPrinted(CapturedOutput output)
            throws Exception {
        EmbeddedDatabaseProperties serverProperties = new EmbeddedDatabaseProperties(Path.of("unused"), 0, "cityjixiao",
                true);
        try (EmbeddedPostgresServer operatorsServer = EmbeddedPostgresServer.start(serverProperties)) {
            String[] arguments = {"--server.port=0", "--jixiao.security.bootstrap-token=" + TestTokens.ADMIN,
                    "--spring.r2dbc.url=r2dbc:postgresql://127.0.0.1:" + operatorsServer.port() + "/cityjixiao",
                    "--spring.r2dbc.username=postgres"};
            try (ConfigurableApplicationContext context = SpringApplication.run(JixiaoApplication.class, arguments)) {
                assertThat(context.getBeanProvider(EmbeddedPostgresServer.class).getIfAvailable()).isNull();
                WebTestClient web = client(context, TestTokens.ADMIN);
                web.get().uri("/api/v1/tokens").exchange().expectStatus().isOk();
                assertThat(output.getAll()).doesNotContain(TestTokens.ADMIN)
                        .doesNotContain("created an administrator API token")
                        .contains("preset by jixiao.security.bootstrap-token is active");
                assertThat(total(web)).isZero();
                web.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(TestSheets.json(TestSheets.seed("city-cloud-ops"))).exchange()
                        .expectStatus().isCreated();
                assertThat(total(web)).isEqualTo(1);
            }
        }
    }

    /** Logs in through the form as a browser would, and returns the session cookie. */
    private static String logIn(ConfigurableApplicationContext context, String username, String password) {
        EntityExchangeResult<String> form = anonymous(context).get().uri("/login").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult();
        Matcher csrf = CSRF_FIELD.matcher(form.getResponseBody());
        assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
        ResponseCookie csrfCookie = form.getResponseCookies().getFirst("XSRF-TOKEN");
        EntityExchangeResult<Void> login = anonymous(context).post().uri("/login")
                .cookie(csrfCookie.getName(), csrfCookie.getValue())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("username", username).with("password", password)
                        .with("_csrf", csrf.group(1)))
                .exchange().expectStatus().isFound().expectHeader().location("/password")
                .expectBody().isEmpty();
        return login.getResponseCookies().getFirst("JIXIAO_SESSION").getValue();
    }

    private static WebTestClient anonymous(ConfigurableApplicationContext context) {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + context.getEnvironment().getProperty("local.server.port")).build();
    }

    private static WebTestClient client(ConfigurableApplicationContext context, String token) {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + context.getEnvironment().getProperty("local.server.port"))
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)).build();
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
