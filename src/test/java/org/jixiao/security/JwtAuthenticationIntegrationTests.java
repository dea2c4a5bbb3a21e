package org.jixiao.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestSheets;
import org.jixiao.support.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Single sign-on: JWTs signed by the identity provider's key, mapped to callers through configurable claims. */
@IntegrationTest
class JwtAuthenticationIntegrationTests {

    private static final KeyPair PROVIDER_KEY = rsaKeyPair();
    private static final KeyPair IMPOSTOR_KEY = rsaKeyPair();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> publicKeyFile().toUri()
                .toString());
        registry.add("jixiao.security.jwt.roles-claim", () -> "realm_access.roles");
    }

    @Test
    void aSignedTokenMapsToACallerWithItsRolesAndScopes() {
        ObjectNode sheet = TestSheets.variant("egov-extranet-ops", 2037, "777部门项目");
        ((ObjectNode) TestSheets.project(sheet).get("department")).put("code", "777");
        as(TestTokens.ADMIN).post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestSheets.json(sheet)).exchange().expectStatus().isCreated();
        String jwt = sign(PROVIDER_KEY, Map.of("preferred_username", "wang.li",
                "realm_access", Map.of("roles", List.of("manager", "offline_access")), "departments", "777"),
                Instant.now().plusSeconds(600));

        JsonNode page = as(jwt).get().uri("/api/v1/projects?size=200").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(page.get("items").valueStream().map(item -> item.get("department").get("code").asString()))
                .isNotEmpty().containsOnly("777");
        as(jwt).get().uri("/api/v1/audit").exchange().expectStatus().isForbidden();
    }

    @Test
    void theAuditLogNamesTheSingleSignOnUser() {
        String jwt = sign(PROVIDER_KEY, Map.of("preferred_username", "zhao.admin",
                "realm_access", Map.of("roles", List.of("ROLE_ADMIN"))), Instant.now().plusSeconds(600));

        as(jwt).post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestSheets.json(TestSheets.variant("city-cloud-ops", 2037, "单点登录导入"))).exchange()
                .expectStatus().isCreated();

        JsonNode audit = as(jwt).get().uri("/api/v1/audit?actor=zhao.admin").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(audit.get("items").get(0).get("action").asString()).isEqualTo("import");
        assertThat(audit.get("items").get(0).get("after").get("name").asString()).isEqualTo("单点登录导入");
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() {
        String forged = sign(IMPOSTOR_KEY, Map.of("preferred_username", "mallory",
                "realm_access", Map.of("roles", List.of("ADMIN"))), Instant.now().plusSeconds(600));

        as(forged).get().uri("/api/v1/projects").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = sign(PROVIDER_KEY, Map.of("preferred_username", "wang.li",
                "realm_access", Map.of("roles", List.of("VIEWER"))), Instant.now().minusSeconds(3600));

        as(expired).get().uri("/api/v1/projects").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aTokenWithoutKnownRolesMayDoNothing() {
        String jwt = sign(PROVIDER_KEY, Map.of("preferred_username", "guest",
                "realm_access", Map.of("roles", List.of("offline_access"))), Instant.now().plusSeconds(600));

        as(jwt).get().uri("/api/v1/projects").exchange().expectStatus().isForbidden();
    }

    @Test
    void apiTokensKeepWorkingBesideSingleSignOn() {
        as(TestTokens.ADMIN).get().uri("/api/v1/projects").exchange().expectStatus().isOk();
    }

    private WebTestClient as(String credential) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(credential)).build();
    }

    private static String sign(KeyPair key, Map<String, Object> claims, Instant expiry) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().subject("sso-subject")
                .issueTime(Date.from(expiry.minusSeconds(900))).expirationTime(Date.from(expiry));
        claims.forEach(builder::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), builder.build());
        try {
            jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
        return jwt.serialize();
    }

    private static Path publicKeyFile() {
        try {
            Path file = Files.createTempFile("jixiao-idp-", ".pem");
            file.toFile().deleteOnExit();
            String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(PROVIDER_KEY.getPublic()
                    .getEncoded());
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
            return file;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
