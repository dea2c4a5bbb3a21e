package org.jixiao.security;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.jixiao.support.IntegrationTest;
import org.jixiao.support.MovableClock;
import org.jixiao.support.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class TokenLifecycleIntegrationTests {

    @Autowired
    WebTestClient admin;

    @Autowired
    MovableClock clock;

    @LocalServerPort
    int port;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void aCreatedTokenIsShownOnceAndThenWorks() {
        JsonNode created = create(admin, Map.of("name", "ops-script", "roles", List.of("OWNER"),
                "departments", List.of(), "projects", List.of(12), "expiresAt", "2099-12-31T00:00:00Z"));
        String secret = created.get("token").asString();

        assertThat(secret).startsWith("jx_").hasSizeGreaterThan(40);
        assertThat(created.get("tokenPrefix").asString()).isEqualTo(secret.substring(0, 8));
        assertThat(created.get("roles").valueStream().map(JsonNode::asString)).containsExactly("OWNER");
        assertThat(created.get("projects").get(0).asLong()).isEqualTo(12);
        assertThat(created.get("actsFor").asString()).isEqualTo("token #" + created.get("id").asLong() + " ops-script");
        as(secret).get().uri("/api/v1/projects").exchange().expectStatus().isOk();

        JsonNode listed = listedToken(created.get("id").asLong());
        assertThat(listed.get("token").isNull()).isTrue();
        assertThat(listed.get("lastUsedAt").isNull()).isFalse();
    }

    @Test
    void anExpiredTokenFails() {
        Instant expiry = clock.instant().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        String secret = create(admin, Map.of("name", "short-lived", "roles", List.of("VIEWER"),
                "expiresAt", expiry.toString())).get("token").asString();
        as(secret).get().uri("/api/v1/projects").exchange().expectStatus().isOk();

        clock.advance(Duration.ofHours(2));

        as(secret).get().uri("/api/v1/projects").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString())
                        .contains("令牌不存在、已过期或已吊销"));
    }

    @Test
    void aRevokedTokenFailsAtOnce() {
        JsonNode created = create(admin, Map.of("name", "to-revoke", "roles", List.of("VIEWER")));
        String secret = created.get("token").asString();
        as(secret).get().uri("/api/v1/projects").exchange().expectStatus().isOk();

        admin.delete().uri("/api/v1/tokens/{id}", created.get("id").asLong()).exchange().expectStatus().isNoContent();

        as(secret).get().uri("/api/v1/projects").exchange().expectStatus().isUnauthorized();
        assertThat(listedToken(created.get("id").asLong()).get("revokedAt").isNull()).isFalse();
        admin.delete().uri("/api/v1/tokens/{id}", created.get("id").asLong()).exchange().expectStatus().isNoContent();
    }

    @Test
    void aTokenCarriesNoMoreThanItsCreatorHas() {
        String manager = create(admin, Map.of("name", "manager-102", "roles", List.of("MANAGER"),
                "departments", List.of("102"))).get("token").asString();

        JsonNode refused = as(manager).post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "escalate", "roles", List.of("ADMIN", "MANAGER"),
                        "departments", List.of("102", "777")))
                .exchange().expectStatus().isForbidden()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(refused.get("detail").asString()).contains("role ADMIN", "department 777")
                .doesNotContain("department 102");
    }

    @Test
    void aPersonalTokenActsForItsCreatorAndOnlyItsCreatorSeesIt() {
        JsonNode manager = create(admin, Map.of("name", "manager-personal", "roles", List.of("MANAGER"),
                "departments", List.of("102")));
        String managerSecret = manager.get("token").asString();
        String managerIdentity = manager.get("actsFor").asString();

        JsonNode personal = create(as(managerSecret), Map.of("name", "laptop", "roles", List.of("MANAGER"),
                "departments", List.of("102")));

        assertThat(personal.get("actsFor").asString()).isEqualTo(managerIdentity);
        List<Long> seenByManager = as(managerSecret).get().uri("/api/v1/tokens").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().valueStream()
                .map(token -> token.get("id").asLong()).toList();
        assertThat(seenByManager).containsExactly(personal.get("id").asLong());
    }

    @Test
    void badTokenRequestsAreRefusedByField() {
        assertRefused(Map.of("roles", List.of("VIEWER")), 422, "name");
        assertRefused(Map.of("name", "x", "roles", List.of()), 422, "roles");
        assertRefused(Map.of("name", "x", "roles", List.of("VIEWER", "SUPERUSER")), 422, "roles[1]");
        assertRefused(Map.of("name", "x", "roles", List.of("VIEWER"), "expiresAt", "2001-01-01T00:00:00Z"), 422,
                "expiresAt");
        assertRefused(Map.of("name", "x", "roles", List.of("VIEWER"), "expiresAt", "next week"), 400, "expiresAt");
        assertRefused(Map.of("name", "x", "roles", List.of("VIEWER"), "projects", List.of("twelve")), 400,
                "projects[0]");
    }

    @Test
    void secretsAppearNeitherInLogsNorInListsNorInTheAuditLog(CapturedOutput output) {
        String secret = create(admin, Map.of("name", "quiet", "roles", List.of("VIEWER"))).get("token").asString();
        as(secret).get().uri("/api/v1/projects").exchange().expectStatus().isOk();
        as(secret + "-tampered").get().uri("/api/v1/projects").exchange().expectStatus().isUnauthorized();

        String tokens = admin.get().uri("/api/v1/tokens").exchange().expectBody(String.class).returnResult()
                .getResponseBody();
        String audit = admin.get().uri("/api/v1/audit?entity=token&size=500").exchange().expectBody(String.class)
                .returnResult().getResponseBody();

        assertThat(tokens).doesNotContain(secret).doesNotContain(TokenSecrets.hash(secret));
        assertThat(audit).contains("quiet").doesNotContain(secret).doesNotContain(TokenSecrets.hash(secret));
        assertThat(output.getAll()).doesNotContain(secret).doesNotContain(TestTokens.ADMIN);
    }

    private void assertRefused(Map<String, Object> request, int status, String field) {
        admin.post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON).bodyValue(request).exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }

    private JsonNode create(WebTestClient client, Map<String, Object> request) {
        return client.post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON).bodyValue(request)
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode listedToken(long id) {
        return admin.get().uri("/api/v1/tokens").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().valueStream()
                .filter(token -> token.get("id").asLong() == id).findFirst().orElseThrow();
    }

    private WebTestClient as(String secret) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(secret)).build();
    }
}
