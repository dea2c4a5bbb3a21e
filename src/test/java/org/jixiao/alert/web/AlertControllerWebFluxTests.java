package org.jixiao.alert.web;

import java.time.Instant;
import java.time.LocalDate;

import org.jixiao.alert.Alert;
import org.jixiao.alert.AlertAlreadyAcknowledgedException;
import org.jixiao.alert.AlertFacts;
import org.jixiao.alert.AlertKind;
import org.jixiao.alert.AlertNotFoundException;
import org.jixiao.alert.AlertQuery;
import org.jixiao.alert.AlertService;
import org.jixiao.alert.AlertState;
import org.jixiao.alert.Severity;
import org.jixiao.alert.delivery.DeliveryHistory;
import org.jixiao.security.ApiTokenService;
import org.jixiao.security.web.WebSliceSecurity;
import org.jixiao.support.TestTokens;
import org.jixiao.system.error.ForbiddenException;
import org.jixiao.system.text.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

/** The alert API's web edge: authentication, query parameters, problem answers and the JSON shape. */
@WebFluxTest(AlertController.class)
@WebSliceSecurity
class AlertControllerWebFluxTests {

    private static final Alert FIRING = new Alert(5, AlertKind.MILESTONE_OVERDUE, Severity.WARNING, AlertState.FIRING,
            7, "102", null, 44L, "2025", new AlertFacts("城市云平台运维项目", "102", "市数据局", "验收", LocalDate.of(2025, 11, 30),
                    1, null, null, null),
            1, Instant.parse("2025-12-01T01:00:00Z"), Instant.parse("2025-12-01T01:00:00Z"), null, null,
            Instant.parse("2025-12-01T01:00:00Z"));

    @Autowired
    WebTestClient client;

    @MockitoBean
    AlertService alerts;

    @MockitoBean
    DeliveryHistory deliveries;

    @MockitoBean
    ApiTokenService tokens;

    @BeforeEach
    void recogniseTestTokens() {
        TestTokens.recognisedBy(tokens);
    }

    @Test
    void withoutATokenTheAnswerIsAnUnauthenticatedProblem() {
        client.get().uri("/api/v1/alerts").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"jixiao\"")
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/unauthenticated")
                .jsonPath("$.title").isEqualTo("未认证");
        then(alerts).shouldHaveNoInteractions();
    }

    @Test
    void anAlertAnswersWithItsFacts() {
        given(alerts.get(TestTokens.VIEWER_CALLER, 5)).willReturn(Mono.just(FIRING));

        viewer().get().uri("/api/v1/alerts/5").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.id").isEqualTo(5)
                .jsonPath("$.kind").isEqualTo("MILESTONE_OVERDUE")
                .jsonPath("$.severity").isEqualTo("WARNING")
                .jsonPath("$.state").isEqualTo("FIRING")
                .jsonPath("$.projectId").isEqualTo(7)
                .jsonPath("$.departmentCode").isEqualTo("102")
                .jsonPath("$.milestoneId").isEqualTo(44)
                .jsonPath("$.facts.milestoneTitle").isEqualTo("验收")
                .jsonPath("$.facts.due").isEqualTo("2025-11-30")
                .jsonPath("$.fireCount").isEqualTo(1)
                .jsonPath("$.firedAt").isEqualTo("2025-12-01T01:00:00Z");
    }

    @Test
    void theListIsFilteredByTheQueryParameters() {
        given(alerts.find(eq(TestTokens.VIEWER_CALLER), any(AlertQuery.class))).willReturn(Flux.just(FIRING));

        viewer().get().uri("/api/v1/alerts?state=firing&kind=milestone_overdue&project=7").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].id").isEqualTo(5);
        then(alerts).should().find(TestTokens.VIEWER_CALLER,
                new AlertQuery(AlertState.FIRING, AlertKind.MILESTONE_OVERDUE, null, 7L, 0, 100));
    }

    @Test
    void anUnknownStateIsInvalidInputNamingTheParameter() {
        viewer().get().uri("/api/v1/alerts?state=burning").exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/invalid-input")
                .jsonPath("$.title").isEqualTo("输入无效")
                .jsonPath("$.errors[0].field").isEqualTo("state")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("state")
                        .contains("burning"));
        then(alerts).shouldHaveNoInteractions();
    }

    @Test
    void aProjectFilterThatIsNotANumberIsAMalformedRequestNamingIt() {
        viewer().get().uri("/api/v1/alerts?project=seven").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/malformed-request")
                .jsonPath("$.errors[0].field").isEqualTo("project");
    }

    @Test
    void anAlertIdThatIsNotANumberIsAMalformedRequestNamingIt() {
        viewer().get().uri("/api/v1/alerts/five").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/malformed-request")
                .jsonPath("$.errors[0].field").isEqualTo("id");
    }

    @Test
    void malformedJsonInAnAcknowledgementIsAMalformedRequest() {
        admin().post().uri("/api/v1/alerts/5/acknowledgement").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"comment\":").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("/problems/malformed-request");
        then(alerts).shouldHaveNoInteractions();
    }

    @Test
    void aRefusedAcknowledgementIsAForbiddenProblem() {
        given(alerts.acknowledge(TestTokens.VIEWER_CALLER, 5, "在处理"))
                .willReturn(Mono.error(new ForbiddenException(Message.of("problem.forbidden.acknowledge"))));

        viewer().post().uri("/api/v1/alerts/5/acknowledgement").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"comment\":\"在处理\"}").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/forbidden")
                .jsonPath("$.title").isEqualTo("无权操作")
                .jsonPath("$.detail").isEqualTo("确认预警需要管理员、项目所属部门的管理人员或项目负责人");
    }

    @Test
    void anAcknowledgementWithoutABodyHasNoComment() {
        Alert acknowledged = new Alert(5, FIRING.kind(), FIRING.severity(), AlertState.ACKNOWLEDGED, 7, "102", null,
                44L, "2025", FIRING.facts(), 1, FIRING.firstFiredAt(), FIRING.firedAt(),
                new Alert.Acknowledgement("test-admin", Instant.parse("2025-12-01T02:00:00Z"), null), null,
                Instant.parse("2025-12-01T02:00:00Z"));
        given(alerts.acknowledge(TestTokens.ADMIN_CALLER, 5, null)).willReturn(Mono.just(acknowledged));

        admin().post().uri("/api/v1/alerts/5/acknowledgement").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.state").isEqualTo("ACKNOWLEDGED")
                .jsonPath("$.acknowledgement.by").isEqualTo("test-admin");
    }

    @Test
    void acknowledgingAnAcknowledgedAlertIsAConflictProblemSayingWhoAndWhen() {
        Alert.Acknowledgement first = new Alert.Acknowledgement("token #4 zhang-san",
                Instant.parse("2025-12-01T02:00:00Z"), "财务已在办理");
        given(alerts.acknowledge(TestTokens.ADMIN_CALLER, 5, "我也确认"))
                .willReturn(Mono.error(new AlertAlreadyAcknowledgedException(5, first)));

        admin().post().uri("/api/v1/alerts/5/acknowledgement").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .bodyValue("{\"comment\":\"我也确认\"}").exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/conflict")
                .jsonPath("$.title").isEqualTo("Conflict")
                .jsonPath("$.status").isEqualTo(409)
                .jsonPath("$.detail").isEqualTo("alert 5 was already acknowledged by token #4 zhang-san at "
                        + "2025-12-01T02:00:00Z; the first acknowledgement stands")
                .jsonPath("$.instance").isEqualTo("/api/v1/alerts/5/acknowledgement")
                .jsonPath("$.existing").isEqualTo("/api/v1/alerts/5")
                .jsonPath("$.acknowledgement.by").isEqualTo("token #4 zhang-san")
                .jsonPath("$.acknowledgement.at").isEqualTo("2025-12-01T02:00:00Z")
                .jsonPath("$.acknowledgement.comment").isEqualTo("财务已在办理");
    }

    @Test
    void anAlertTheCallerMayNotSeeIsNotFound() {
        given(alerts.get(TestTokens.VIEWER_CALLER, 6)).willReturn(Mono.error(new AlertNotFoundException(6)));

        viewer().get().uri("/api/v1/alerts/6").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("/problems/not-found");
    }

    private WebTestClient admin() {
        return client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.ADMIN)).build();
    }

    private WebTestClient viewer() {
        return client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.VIEWER)).build();
    }
}
