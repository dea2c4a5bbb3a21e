package org.jixiao.project.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jixiao.project.Department;
import org.jixiao.project.Funding;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectNotFoundException;
import org.jixiao.project.ProjectPage;
import org.jixiao.project.ProjectQuery;
import org.jixiao.project.ProjectService;
import org.jixiao.security.ApiTokenService;
import org.jixiao.security.web.WebSliceSecurity;
import org.jixiao.support.TestTokens;
import org.jixiao.system.error.ForbiddenException;
import org.jixiao.system.text.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/** The project API's web edge: authentication, problem answers and the JSON shape, with the service mocked. */
@WebFluxTest(ProjectController.class)
@WebSliceSecurity
@Import(ProjectWebMapperImpl.class)
class ProjectControllerWebFluxTests {

    @Autowired
    WebTestClient client;

    @MockitoBean
    ProjectService projects;

    @MockitoBean
    ApiTokenService tokens;

    @BeforeEach
    void recogniseTestTokens() {
        TestTokens.recognisedBy(tokens);
    }

    @Test
    void withoutATokenTheAnswerIsAnUnauthenticatedProblem() {
        client.get().uri("/api/v1/projects/7").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"jixiao\"")
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/unauthenticated")
                .jsonPath("$.title").isEqualTo("未认证")
                .jsonPath("$.status").isEqualTo(401);
        then(projects).shouldHaveNoInteractions();
    }

    @Test
    void anUnknownTokenIsRefusedAsInvalid() {
        client.get().uri("/api/v1/projects/7")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("jx_never-issued-0000000000000000000000000"))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE,
                        "Bearer realm=\"jixiao\", error=\"invalid_token\"")
                .expectBody().jsonPath("$.type").isEqualTo("/problems/unauthenticated");
    }

    @Test
    void aProjectAnswersWithItsFullShape() {
        given(projects.get(TestTokens.VIEWER_CALLER, 7)).willReturn(Mono.just(project(7)));

        client.get().uri("/api/v1/projects/7").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.VIEWER))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.id").isEqualTo(7)
                .jsonPath("$.name").isEqualTo("城市云平台运维项目")
                .jsonPath("$.fiscalYear").isEqualTo(2025)
                .jsonPath("$.department.code").isEqualTo("102")
                .jsonPath("$.funding.annual.total").isEqualTo(706000)
                .jsonPath("$.text.overview").isEqualTo("概况")
                .jsonPath("$.links.self").isEqualTo("/api/v1/projects/7")
                .jsonPath("$.links.sheet").isEqualTo("/api/v1/projects/7/sheet")
                .jsonPath("$.links.indicators").isEqualTo("/api/v1/projects/7/indicators");
    }

    @Test
    void aListIsAPageOfSummaries() {
        given(projects.find(eq(TestTokens.VIEWER_CALLER), any(ProjectQuery.class)))
                .willReturn(Mono.just(new ProjectPage(List.of(project(7)), 0, 20, 1)));

        client.get().uri("/api/v1/projects?fiscalYear=2025")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.VIEWER))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(7)
                .jsonPath("$.items[0].links.self").isEqualTo("/api/v1/projects/7")
                .jsonPath("$.page").isEqualTo(0)
                .jsonPath("$.size").isEqualTo(20)
                .jsonPath("$.total").isEqualTo(1);
    }

    @Test
    void aPathIdThatIsNotANumberIsAMalformedRequestNamingIt() {
        client.get().uri("/api/v1/projects/seven")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.VIEWER))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/malformed-request")
                .jsonPath("$.title").isEqualTo("请求格式错误")
                .jsonPath("$.detail").value(String.class, detail -> org.assertj.core.api.Assertions.assertThat(detail)
                        .contains("id").contains("seven"))
                .jsonPath("$.errors[0].field").isEqualTo("id");
        then(projects).shouldHaveNoInteractions();
    }

    @Test
    void aPageSizeAboveTheLimitIsInvalidInputNamingIt() {
        client.get().uri("/api/v1/projects?size=201")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.VIEWER))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/invalid-input")
                .jsonPath("$.errors[0].field").isEqualTo("size");
        then(projects).should(never()).find(any(), any());
    }

    @Test
    void aRefusalOfTheServiceIsAForbiddenProblem() {
        given(projects.delete(TestTokens.VIEWER_CALLER, 7))
                .willReturn(Mono.error(new ForbiddenException(Message.of("problem.forbidden.delete-project"))));

        client.delete().uri("/api/v1/projects/7")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.VIEWER))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/forbidden")
                .jsonPath("$.title").isEqualTo("无权操作")
                .jsonPath("$.detail").isEqualTo("只有管理员可以删除项目");
    }

    @Test
    void aProjectTheCallerMayNotSeeIsNotFound() {
        given(projects.get(TestTokens.VIEWER_CALLER, 8)).willReturn(Mono.error(new ProjectNotFoundException(8)));

        client.get().uri("/api/v1/projects/8").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.VIEWER))
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("/problems/not-found");
    }

    @Test
    void aDeletionAnswersNoContent() {
        given(projects.delete(TestTokens.ADMIN_CALLER, 7)).willReturn(Mono.empty());

        client.delete().uri("/api/v1/projects/7").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.ADMIN))
                .exchange()
                .expectStatus().isNoContent()
                .expectBody().isEmpty();
    }

    @Test
    void crossOriginRequestsGetNoPermissionByDefault() {
        given(projects.find(eq(TestTokens.VIEWER_CALLER), any(ProjectQuery.class)))
                .willReturn(Mono.just(new ProjectPage(List.of(), 0, 20, 0)));

        client.get().uri("/api/v1/projects").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.VIEWER))
                .header(HttpHeaders.ORIGIN, "https://elsewhere.example.org").exchange()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        client.options().uri("/api/v1/projects").header(HttpHeaders.ORIGIN, "https://elsewhere.example.org")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET").exchange()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    private static Project project(long id) {
        Funding annual = new Funding(new BigDecimal("706000"), null, null, new BigDecimal("706000"), null, null);
        return new Project(id, 2025, new Department("102", "市数据局"), "城市云平台运维项目", "市大数据中心", "延续",
                1, new BigDecimal("70.6"), annual, annual,
                new Project.ProjectTexts("概况", "依据", "必要性", "保障", "计划"), new Project.Goals("实施期", "年度"),
                Project.Signoff.of("张三", "李四", "0000", null), List.of(), List.of(),
                Instant.parse("2025-11-01T00:00:00Z"), Instant.parse("2025-11-02T00:00:00Z"));
    }
}
