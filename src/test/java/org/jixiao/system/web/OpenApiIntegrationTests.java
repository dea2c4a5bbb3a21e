package org.jixiao.system.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description as Swagger UI reads it: it declares the bearer scheme and puts it on every API operation,
 * so that "Authorize" with a token makes "Try it out" send {@code Authorization: Bearer <token>}.
 */
@IntegrationTest
class OpenApiIntegrationTests {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    @LocalServerPort
    int port;

    @Test
    void theDescriptionDeclaresTheBearerSchemeAndEveryApiOperationRequiresIt() {
        JsonNode docs = anonymous().get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        JsonNode scheme = docs.get("components").get("securitySchemes").get("bearerAuth");
        assertThat(scheme.get("type").asString()).isEqualTo("http");
        assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
        assertThat(scheme.get("description").asString()).contains("POST /api/v1/tokens")
                .contains("first start");

        Map<String, JsonNode> operations = new TreeMap<>();
        docs.get("paths").properties().forEach(path -> METHODS.stream()
                .filter(method -> path.getValue().has(method))
                .forEach(method -> operations.put(method.toUpperCase() + " " + path.getKey(),
                        path.getValue().get(method))));
        assertThat(operations).containsKeys("GET /api/v1/projects", "POST /api/v1/sheets",
                "POST /api/v1/alerts/{id}/acknowledgement", "POST /api/v1/tokens");
        assertThat(operations).allSatisfy((operation, description) -> {
            if (operation.contains(" /api/")) {
                assertThat(description.get("security")).as(operation).isNotNull();
                assertThat(description.get("security").valueStream()
                        .map(requirement -> List.copyOf(requirement.propertyNames())))
                        .as(operation).containsExactly(List.of("bearerAuth"));
            }
            else {
                assertThat(description.get("security")).as(operation + " is open").isNull();
            }
        });
    }

    @Test
    void whatAuthorizeSendsIsAcceptedAndWithoutItTryItOutIsUnauthenticated() {
        anonymous().get().uri("/api/v1/projects").exchange().expectStatus().isUnauthorized();
        // Swagger UI sends an http bearer scheme's value as "Authorization: Bearer <value>".
        anonymous().get().uri("/api/v1/projects").header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.ADMIN)
                .exchange().expectStatus().isOk();
    }

    private WebTestClient anonymous() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }
}
