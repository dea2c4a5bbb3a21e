package org.jixiao.workbench;

import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page chain seen from outside a browser: what a stranger, a forged form and an API client get. The browser
 * journeys are in {@link WorkbenchBrowserTests}.
 */
@IntegrationTest
class WorkbenchSecurityIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aPageWithoutALoginLeadsToTheLoginFormAndAnHtmxRequestIsToldToGoThere() {
        anonymous().get().uri("/").exchange().expectStatus().isFound()
                .expectHeader().location("/login");
        anonymous().get().uri("/?light=RED").header("HX-Request", "true").exchange()
                .expectStatus().isUnauthorized().expectHeader().valueEquals("HX-Redirect", "/login");
    }

    @Test
    void theLoginFormIsChineseByDefaultEvenForAnEnglishBrowserAndEnglishOnRequest() {
        anonymous().get().uri("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "en-US").exchange()
                .expectStatus().isOk().expectBody(String.class)
                .value(html -> assertThat(html).contains("用户名", "name=\"_csrf\""));
        anonymous().get().uri("/login?lang=en").exchange().expectStatus().isOk()
                .expectHeader().valueMatches(HttpHeaders.SET_COOKIE, ".*JIXIAO_LANG=en.*")
                .expectBody(String.class)
                .value(html -> assertThat(html).contains("User name"));
    }

    @Test
    void aLoginFormWithoutTheCsrfTokenIsRefused() {
        anonymous().post().uri("/login").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("username", "admin").with("password", TestTokens.ADMIN_PASSWORD))
                .exchange().expectStatus().isForbidden().expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
    }

    @Test
    void theApiKeepsItsBearerChainAndItsProblemAnswers() {
        anonymous().get().uri("/api/v1/projects?lang=en").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE)
                .expectBody().jsonPath("$.title").isEqualTo("未认证");
        anonymous().get().uri("/api/v1/projects").header(HttpHeaders.COOKIE, "JIXIAO_SESSION=v1.1.0.9999999999.x")
                .exchange().expectStatus().isUnauthorized();
        anonymous().get().uri("/api/v1/projects").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.ADMIN))
                .exchange().expectStatus().isOk();
    }

    @Test
    void theScriptsAndStylesAreServedWithoutALoginAndCached() {
        anonymous().get().uri("/webjars/htmx.org/dist/htmx.min.js").exchange().expectStatus().isOk();
        anonymous().get().uri("/webjars/echarts/dist/echarts.min.js").exchange().expectStatus().isOk()
                .expectHeader().valueMatches(HttpHeaders.CACHE_CONTROL, ".*max-age=3600.*");
        anonymous().get().uri("/css/workbench.css").exchange().expectStatus().isOk();
        anonymous().get().uri("/js/workbench.js").exchange().expectStatus().isOk();
    }

    private WebTestClient anonymous() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }
}
