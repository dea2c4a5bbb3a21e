package org.jixiao.security;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.JixiaoApplication;
import org.jixiao.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/** A new installation prints one administrator token, once; later starts print nothing. */
@ExtendWith(OutputCaptureExtension.class)
class BootstrapTokenIntegrationTests {

    private static final Pattern PRINTED_TOKEN = Pattern.compile("^\\s+(jx_[A-Za-z0-9_-]{43})$", Pattern.MULTILINE);

    @Test
    void theFirstStartPrintsAWorkingAdministratorTokenAndLaterStartsDoNot(@TempDir Path data, CapturedOutput output) {
        String[] arguments = {"--server.port=0", "--jixiao.embedded-database.data-directory=" + data};
        String token;
        try (ConfigurableApplicationContext first = SpringApplication.run(JixiaoApplication.class, arguments)) {
            Matcher printed = PRINTED_TOKEN.matcher(output.getOut());
            assertThat(printed.find()).as("a token printed on its own line").isTrue();
            token = printed.group(1);
            client(first, token).get().uri("/api/v1/audit").exchange().expectStatus().isOk();
        }
        int printedSoFar = output.getOut().length();

        try (ConfigurableApplicationContext second = SpringApplication.run(JixiaoApplication.class, arguments)) {
            String secondStart = output.getOut().substring(printedSoFar);
            assertThat(secondStart).doesNotContain("created an administrator API token").doesNotContain(token);
            client(second, token).get().uri("/api/v1/projects").exchange().expectStatus().isOk();
        }
    }

    @Test
    void aPresetTokenIsNeverPrinted(@TempDir Path data, CapturedOutput output) {
        try (ConfigurableApplicationContext context = SpringApplication.run(JixiaoApplication.class,
                "--server.port=0", "--jixiao.embedded-database.data-directory=" + data,
                "--jixiao.security.bootstrap-token=" + TestTokens.ADMIN)) {
            client(context, TestTokens.ADMIN).get().uri("/api/v1/tokens").exchange().expectStatus().isOk();
            assertThat(output.getAll()).doesNotContain(TestTokens.ADMIN)
                    .doesNotContain("created an administrator API token")
                    .contains("preset by jixiao.security.bootstrap-token is active");
        }
    }

    @Test
    void aWeakPresetTokenStopsTheStart(@TempDir Path data) {
        assertThatException().isThrownBy(() -> SpringApplication.run(JixiaoApplication.class, "--server.port=0",
                        "--jixiao.embedded-database.data-directory=" + data, "--jixiao.security.bootstrap-token=admin"))
                .withStackTraceContaining("must start with 'jx_' and have at least 24 characters");
    }

    private static WebTestClient client(ConfigurableApplicationContext context, String token) {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + context.getEnvironment().getProperty("local.server.port"))
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)).build();
    }
}
