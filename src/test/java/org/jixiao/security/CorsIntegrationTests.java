package org.jixiao.security;

import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** With origins configured (the shared test context allows one), exactly those browser origins may call the API. */
@IntegrationTest
class CorsIntegrationTests {

    @Autowired
    WebTestClient admin;

    @Test
    void aConfiguredOriginMayCallTheApi() {
        admin.options().uri("/api/v1/projects").header(HttpHeaders.ORIGIN, IntegrationTest.ALLOWED_ORIGIN)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, IntegrationTest.ALLOWED_ORIGIN);
    }

    @Test
    void anotherOriginMayNot() {
        admin.options().uri("/api/v1/projects").header(HttpHeaders.ORIGIN, "https://elsewhere.example.org")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET").exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }
}
