package org.jixiao.security;

import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Browser-facing hygiene: security headers on every answer, and no cross-origin access unless configured. */
@IntegrationTest
class SecurityHeadersIntegrationTests {

    @Autowired
    WebTestClient admin;

    @Test
    void answersCarryTheSecurityHeaders() {
        admin.get().uri("/api/v1/projects").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp)
                        .contains("frame-ancestors 'none'"))
                .expectHeader().value(HttpHeaders.CACHE_CONTROL, cache -> assertThat(cache).contains("no-store"));
    }

    @Test
    void errorsCarryThemToo() {
        admin.get().uri("/api/v1/projects/424242").exchange()
                .expectStatus().isNotFound()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
    }
}
