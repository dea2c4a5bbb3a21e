package org.jixiao.sheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestSheets;
import org.jixiao.support.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example sheet under {@code examples/} imports as README shows it, on a fresh start with the demo data: the
 * curl command is read from README itself, so that README, the file and the service cannot drift apart.
 */
@IntegrationTest
class ExampleSheetIntegrationTests {

    private static final Path README = Path.of("README.md");

    /** The README line that imports a file from examples/ with curl. */
    private static final Pattern IMPORT_COMMAND = Pattern.compile("^curl .*--data-binary @(examples/\\S+)",
            Pattern.MULTILINE);

    @LocalServerPort
    int port;

    @Test
    void theExampleSheetImportsAsReadmeShowsItWithEveryTargetRead() throws IOException {
        Curl curl = Curl.parse(readmeImportCommand());
        assertThat(curl.method()).isEqualTo(HttpMethod.POST);
        assertThat(curl.path()).isEqualTo("/api/v1/sheets");
        assertThat(curl.headers()).contains("Authorization: Bearer $TOKEN", "Content-Type: application/json");
        byte[] sheet = Files.readAllBytes(Path.of(curl.dataFile()));

        // A client of its own, without the shared administrator header: only what the command sends, with $TOKEN
        // standing for the bootstrap token, as after a first start.
        WebTestClient.RequestBodySpec request = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .build().method(curl.method()).uri(curl.path());
        for (String header : curl.headers()) {
            int colon = header.indexOf(':');
            request.header(header.substring(0, colon).strip(),
                    header.substring(colon + 1).strip().replace("$TOKEN", TestTokens.ADMIN));
        }
        JsonNode project = request.bodyValue(sheet).exchange()
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        long id = project.get("id").asLong();
        JsonNode printed = TestSheets.parse(new String(sheet, StandardCharsets.UTF_8));
        assertThat(project.get("name").asString()).isEqualTo(printed.get("project").get("name").asString());
        assertThat(project.get("fiscalYear").asInt()).isEqualTo(printed.get("fiscalYear").asInt()).isNotEqualTo(2025);
        assertThat(project.get("warnings").valueStream().map(warning -> warning.get("code").asString()).toList())
                .as("the example is a clean sheet: no warnings at all").isEmpty();

        JsonNode indicators = web().get().uri("/api/v1/projects/{id}/indicators?scope=ALL", id).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(indicators.size()).isEqualTo(printed.get("indicators").get("period").size()
                + printed.get("indicators").get("annual").size());
        assertThat(indicators.valueStream()).allSatisfy(indicator -> {
            JsonNode target = indicator.get("target");
            String row = indicator.get("scope").asString() + " " + indicator.get("level3").asString() + ": "
                    + target.get("text").asString();
            assertThat(target.get("kind").asString()).as(row).isNotIn("UNPARSED", "MISSING");
            assertThat(target.get("suspect").asBoolean()).as(row).isFalse();
        });
        // The example shows the grammar's range: numbers, money, a deadline, a recurrence, a compound, words.
        assertThat(indicators.valueStream().map(indicator -> indicator.get("target").get("kind").asString()))
                .contains("QUANTITY", "PERCENT", "MONEY", "DEADLINE", "RECURRING", "COMPOUND", "QUALITATIVE");

        // Leave the shared context as the demo data left it.
        web().delete().uri("/api/v1/projects/{id}", id).exchange().expectStatus().isNoContent();
    }

    private WebTestClient web() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeader("Authorization", TestTokens.bearer(TestTokens.ADMIN)).build();
    }

    private static String readmeImportCommand() throws IOException {
        Matcher matcher = IMPORT_COMMAND.matcher(Files.readString(README));
        assertThat(matcher.find()).as("README shows how to import a sheet from examples/ with curl").isTrue();
        return matcher.group();
    }

    /** The parts of a one-line curl command that matter here. */
    record Curl(HttpMethod method, String path, List<String> headers, String dataFile) {

        private static final Pattern METHOD = Pattern.compile("-X\\s*([A-Z]+)");
        private static final Pattern URL = Pattern.compile("\\slocalhost:8080(/\\S*)");
        private static final Pattern HEADER = Pattern.compile("-H\\s+(?:\"([^\"]*)\"|'([^']*)')");
        private static final Pattern DATA = Pattern.compile("--data-binary @(\\S+)");

        static Curl parse(String command) {
            List<String> headers = new ArrayList<>();
            Matcher header = HEADER.matcher(command);
            while (header.find()) {
                headers.add(header.group(1) != null ? header.group(1) : header.group(2));
            }
            return new Curl(HttpMethod.valueOf(find(METHOD, command)), find(URL, command), headers,
                    find(DATA, command));
        }

        private static String find(Pattern pattern, String command) {
            Matcher matcher = pattern.matcher(command);
            assertThat(matcher.find()).as("%s in: %s", pattern, command).isTrue();
            return matcher.group(1);
        }
    }
}
