package org.jixiao.measurement.web;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.jixiao.indicator.IndicatorNotFoundException;
import org.jixiao.measurement.Measurement;
import org.jixiao.measurement.MeasurementInput;
import org.jixiao.measurement.MeasurementService;
import org.jixiao.measurement.MeasurementSource;
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
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

/** The measurement API's web edge: reading the value, problem answers and the JSON shape, with the service mocked. */
@WebFluxTest(MeasurementController.class)
@WebSliceSecurity
class MeasurementControllerWebFluxTests {

    private static final Measurement STORED = new Measurement(31, 12, new BigDecimal("96.5"), "%", "96.5%",
            Instant.parse("2025-11-30T00:00:00Z"), "月报", null, MeasurementSource.MANUAL, "test-admin",
            Instant.parse("2025-12-01T02:00:00Z"));

    @Autowired
    WebTestClient client;

    @MockitoBean
    MeasurementService measurements;

    @MockitoBean
    ApiTokenService tokens;

    @BeforeEach
    void recogniseTestTokens() {
        TestTokens.recognisedBy(tokens);
    }

    @Test
    void withoutATokenTheAnswerIsAnUnauthenticatedProblem() {
        client.post().uri("/api/v1/indicators/12/measurements").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"value\":1}").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("/problems/unauthenticated");
        then(measurements).shouldHaveNoInteractions();
    }

    @Test
    void aMeasurementIsReadAsTextWithItsUnitAndAnswersWhatWasStored() {
        given(measurements.record(eq(TestTokens.ADMIN_CALLER), eq(12L), any(MeasurementInput.class)))
                .willReturn(Mono.just(STORED));

        admin().post().uri("/api/v1/indicators/12/measurements").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"value\":\"96.5%\",\"observedAt\":\"2025-11-30\",\"note\":\"月报\"}").exchange()
                .expectStatus().isCreated()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.id").isEqualTo(31)
                .jsonPath("$.indicatorId").isEqualTo(12)
                .jsonPath("$.value").isEqualTo(96.5)
                .jsonPath("$.unit").isEqualTo("%")
                .jsonPath("$.enteredText").isEqualTo("96.5%")
                .jsonPath("$.observedAt").isEqualTo("2025-11-30T00:00:00Z")
                .jsonPath("$.source").isEqualTo("MANUAL")
                .jsonPath("$.recordedBy").isEqualTo("test-admin");
        then(measurements).should().record(TestTokens.ADMIN_CALLER, 12,
                new MeasurementInput("96.5%", false, "2025-11-30", "月报", null));
    }

    @Test
    void aJsonNumberIsPassedOnAsANumber() {
        given(measurements.record(eq(TestTokens.ADMIN_CALLER), eq(12L), any(MeasurementInput.class)))
                .willReturn(Mono.just(STORED));

        admin().post().uri("/api/v1/indicators/12/measurements").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"value\":96.5}").exchange()
                .expectStatus().isCreated();
        then(measurements).should().record(TestTokens.ADMIN_CALLER, 12,
                new MeasurementInput("96.5", true, null, null, null));
    }

    @Test
    void aValueThatIsNeitherNumberNorTextIsAMalformedRequestNamingIt() {
        admin().post().uri("/api/v1/indicators/12/measurements").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"value\":{\"amount\":1}}").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/malformed-request")
                .jsonPath("$.title").isEqualTo("请求格式错误")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("value"))
                .jsonPath("$.errors[0].field").isEqualTo("value");
        then(measurements).shouldHaveNoInteractions();
    }

    @Test
    void malformedJsonIsAMalformedRequest() {
        admin().post().uri("/api/v1/indicators/12/measurements").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"value\": 96.5,").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/malformed-request")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("JSON"));
        then(measurements).shouldHaveNoInteractions();
    }

    @Test
    void anIndicatorIdThatIsNotANumberIsAMalformedRequestNamingIt() {
        admin().get().uri("/api/v1/indicators/twelve/measurements").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/malformed-request")
                .jsonPath("$.errors[0].field").isEqualTo("id")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("twelve"));
    }

    @Test
    void aRefusalOfTheServiceIsAForbiddenProblem() {
        given(measurements.record(eq(TestTokens.VIEWER_CALLER), anyLong(), any(MeasurementInput.class)))
                .willReturn(Mono.error(new ForbiddenException(Message.of("problem.forbidden.change-projects"))));

        viewer().post().uri("/api/v1/indicators/12/measurements").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"value\":1}").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/forbidden")
                .jsonPath("$.title").isEqualTo("无权操作")
                .jsonPath("$.detail").isEqualTo("修改项目需要管理员或项目负责人");
    }

    @Test
    void anIndicatorTheCallerMayNotSeeIsNotFound() {
        given(measurements.list(TestTokens.VIEWER_CALLER, 13)).willReturn(Flux.error(new IndicatorNotFoundException(13)));

        viewer().get().uri("/api/v1/indicators/13/measurements").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("/problems/not-found");
    }

    @Test
    void aCsvUploadAnswersHowManyWereRecordedAndTheirIds() {
        String csv = "indicatorId,value\n12,96.5\n";
        given(measurements.recordAll(TestTokens.ADMIN_CALLER, csv.getBytes(StandardCharsets.UTF_8), null))
                .willReturn(Mono.just(new MeasurementService.BulkRecording(List.of(STORED), "UTF-8")));

        admin().post().uri("/api/v1/measurements").contentType(MediaType.parseMediaType("text/csv")).bodyValue(csv)
                .exchange()
                .expectStatus().isCreated()
                .expectBody().json("{\"recorded\":1,\"ids\":[31],\"encoding\":\"UTF-8\"}", true);
    }

    @Test
    void theDeclaredCharsetOfACsvUploadReachesTheService() {
        byte[] gbk = "indicator,project,value\n系统可用率,城市云平台运维项目,96%\n".getBytes(Charset.forName("GBK"));
        given(measurements.recordAll(TestTokens.ADMIN_CALLER, gbk, Charset.forName("GBK")))
                .willReturn(Mono.just(new MeasurementService.BulkRecording(List.of(STORED), "GBK")));

        admin().post().uri("/api/v1/measurements").contentType(MediaType.parseMediaType("text/csv;charset=GBK"))
                .bodyValue(gbk).exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.encoding").isEqualTo("GBK");
    }

    @Test
    void aCsvUploadInAnotherFormatIsAnUnsupportedMediaTypeProblem() {
        admin().post().uri("/api/v1/measurements").contentType(MediaType.APPLICATION_JSON).bodyValue("[]").exchange()
                .expectStatus().isEqualTo(415)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("/problems/unsupported-media-type");
    }

    private WebTestClient admin() {
        return client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.ADMIN)).build();
    }

    private WebTestClient viewer() {
        return client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.VIEWER)).build();
    }
}
