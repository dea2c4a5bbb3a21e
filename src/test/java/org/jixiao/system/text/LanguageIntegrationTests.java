package org.jixiao.system.text;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.alert.AlertsProperties;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.MovableDeliveryClock;
import org.jixiao.support.TestSheets;
import org.jixiao.support.WebhookReceiver;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One language per message, end to end: the status API's reasons, problems and exports follow
 * {@code Accept-Language} (Chinese without it, English for {@code en}), alert messages follow each subscription's
 * language, and values are shown in the unit of their target (72万元 beside ≤70.6万元, 93% beside ≥95%). Each test
 * imports the city cloud sheet for this year (never 2025) under a name of its own.
 */
@IntegrationTest
class LanguageIntegrationTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private static final String UPTIME = "城市云平台设备及网络正常运行率";

    private static final String COST = "尾款控制数(万)";

    /** An English word (three or more Latin letters). */
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{3,}");

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Autowired
    WebTestClient admin;

    @Autowired
    Clock clock;

    @Autowired
    MovableDeliveryClock deliveryClock;

    @Autowired
    AlertsProperties alerts;

    @Test
    void lightReasonsAreChineseByDefaultAndEnglishForEnInTheUnitOfTheTarget() {
        long project = measuredCityCloud();

        JsonNode chinese = status(project, null);
        JsonNode english = status(project, "en");
        JsonNode otherwise = status(project, "fr-FR, de;q=0.8");
        JsonNode britishFirst = status(project, "en-GB,en;q=0.9,zh-CN;q=0.8");

        assertThat(reason(chinese, UPTIME)).isEqualTo("93%，低于目标值 ≥95%");
        assertThat(reason(chinese, COST)).isEqualTo("72万元，超出目标值 ≤70.6万元");
        assertThat(chinese.get("reasons").valueStream().map(JsonNode::asString))
                .contains(UPTIME + "：93%，低于目标值 ≥95%", COST + "：72万元，超出目标值 ≤70.6万元");
        assertThat(chinese.get("reason").asString()).startsWith("红灯：");
        assertThat(reason(english, UPTIME)).isEqualTo("93% is below the target ≥95%");
        assertThat(reason(english, COST)).isEqualTo("72 × 10,000 yuan is above the target ≤70.6万元");
        assertThat(english.get("reasons").valueStream().map(JsonNode::asString))
                .contains(UPTIME + ": 93% is below the target ≥95%");
        assertThat(english.get("reason").asString()).startsWith("red: ");
        assertThat(reason(otherwise, UPTIME)).as("a language we do not speak gets the default")
                .isEqualTo("93%，低于目标值 ≥95%");
        assertThat(reason(britishFirst, UPTIME)).isEqualTo("93% is below the target ≥95%");
        for (JsonNode indicator : english.get("indicators")) {
            String words = indicator.get("reason").asString().replace(indicator.get("target").asString(), "");
            assertThat(HAN.matcher(words).find()).as(indicator.get("reason").asString()).isFalse();
        }
        for (JsonNode indicator : chinese.get("indicators")) {
            assertThat(ENGLISH_WORD.matcher(indicator.get("reason").asString()).find())
                    .as(indicator.get("reason").asString()).isFalse();
        }
    }

    @Test
    void problemTitlesAndDetailsAreChineseByDefaultAndEnglishForEn() {
        JsonNode chinese = problem("/api/v1/projects/987654321", null, 404);
        JsonNode english = problem("/api/v1/projects/987654321", "en", 404);
        JsonNode invalid = problem("/api/v1/projects?size=0", null, 422);
        JsonNode invalidInEnglish = problem("/api/v1/projects?size=0", "en-US", 422);

        assertThat(chinese.get("title").asString()).isEqualTo("未找到");
        assertThat(chinese.get("detail").asString()).isEqualTo("项目 987654321 不存在");
        assertThat(english.get("title").asString()).isEqualTo("Not found");
        assertThat(english.get("detail").asString()).isEqualTo("project 987654321 does not exist");
        assertThat(invalid.get("title").asString()).isEqualTo("输入无效");
        assertThat(invalid.get("detail").asString()).startsWith("size：应在 1 到 ");
        assertThat(invalid.get("errors").get(0).get("message").asString()).startsWith("应在 1 到 ");
        assertThat(invalidInEnglish.get("title").asString()).isEqualTo("Invalid input");
        assertThat(invalidInEnglish.get("detail").asString()).startsWith("size: must be between 1 and ");
        assertThat(chinese.get("type").asString()).as("types do not change with the language")
                .isEqualTo(english.get("type").asString());
    }

    @Test
    void aRefusedMeasurementSaysWhyInTheAskedLanguage() {
        long uptime = indicator(importCityCloud(), UPTIME);

        JsonNode chinese = refusedMeasurement(uptime, "72万元", null);
        JsonNode english = refusedMeasurement(uptime, "72万元", "en");

        assertThat(chinese.get("detail").asString()).isEqualTo("value：“72万元”是金额，但目标值 ≥95% 是百分比");
        assertThat(english.get("detail").asString())
                .isEqualTo("value: '72万元' is money, but the target '≥95%' is a percent");
    }

    @Test
    void exportsShowActualsInTheUnitOfTheirTargetInTheAskedLanguage() {
        long project = measuredCityCloud();

        String chinese = csv(project, null);
        String english = csv(project, "en");

        assertThat(chinese).contains(",≤70.6万元,72万元,").contains(",≥95%,93%,").contains("实际完成值");
        assertThat(english).as("quoted: the unit has a comma").contains(",≤70.6万元,\"72 × 10,000 yuan\",")
                .contains(",≥95%,93%,").contains("Actual")
                .doesNotContain("实际完成值");
    }

    @Test
    void alertMessagesAreInTheLanguageOfEachSubscription() throws Exception {
        long project = importCityCloud();
        try (WebhookReceiver chinese = WebhookReceiver.start(); WebhookReceiver english = WebhookReceiver.start()) {
            List<Long> subscriptions = List.of(subscribe(project, chinese.url(), "zh"),
                    subscribe(project, english.url(), "en"));

            measure(project, UPTIME, "93%");
            deliveryClock.advance(alerts.delivery().groupWait());

            String zh = description(chinese);
            String en = description(english);
            assertThat(zh).contains("说明：93%，低于目标值 ≥95%").contains("指标偏离目标");
            assertThat(en).contains("Detail: 93% is below the target ≥95%").contains("Indicator off target");
            Matcher englishWord = ENGLISH_WORD.matcher(zh.replaceAll("https?://\\S+", ""));
            assertThat(englishWord.find() ? englishWord.group() : null).as(zh).isNull();
            String enWords = en;
            for (String name : List.of(projectName(project), "晋城市数据局", UPTIME, "≥95%")) {
                enWords = enWords.replace(name, "");
            }
            Matcher chineseCharacter = HAN.matcher(enWords);
            assertThat(chineseCharacter.find() ? chineseCharacter.group() : null).as(en).isNull();

            JsonNode alert = offTargetAlert(project, null);
            assertThat(alert.get("facts").get("detail").asString()).isEqualTo("93%，低于目标值 ≥95%");
            assertThat(offTargetAlert(project, "en").get("facts").get("detail").asString())
                    .isEqualTo("93% is below the target ≥95%");
            subscriptions.forEach(id -> admin.delete().uri("/api/v1/subscriptions/{id}", id).exchange()
                    .expectStatus().isNoContent());
        }
    }

    /** The language comes from the Accept-Language header, never from a parameter the API would describe. */
    @Test
    void theApiDescriptionHasNoLocaleParameter() {
        String docs = admin.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();

        assertThat(docs).doesNotContain("\"name\":\"locale\"");
    }

    /** The city cloud sheet of this year, its uptime measured at 93% (≥95%) and its cost at 72万元 (≤70.6万元). */
    private long measuredCityCloud() {
        long project = importCityCloud();
        measure(project, UPTIME, "93%");
        measure(project, COST, "720000");
        return project;
    }

    private long importCityCloud() {
        int year = LocalDate.now(clock).getYear();
        return admin.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestSheets.json(TestSheets.variant("city-cloud-ops", year,
                        "语言-城市云-" + SEQUENCE.incrementAndGet())))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asLong();
    }

    private void measure(long project, String level3, String value) {
        admin.post().uri("/api/v1/indicators/{id}/measurements", indicator(project, level3))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("value", value)).exchange()
                .expectStatus().isCreated();
    }

    private long indicator(long project, String level3) {
        return admin.get().uri("/api/v1/projects/{id}/indicators", project).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().valueStream()
                .filter(indicator -> indicator.get("level3").asString().equals(level3)).findFirst().orElseThrow()
                .get("id").asLong();
    }

    private String projectName(long project) {
        return admin.get().uri("/api/v1/projects/{id}", project).exchange().expectBody(JsonNode.class)
                .returnResult().getResponseBody().get("name").asString();
    }

    private JsonNode status(long project, String language) {
        return get("/api/v1/projects/" + project + "/status", language).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static String reason(JsonNode status, String level3) {
        return status.get("indicators").valueStream().filter(each -> each.get("level3").asString().equals(level3))
                .findFirst().orElseThrow().get("reason").asString();
    }

    private JsonNode refusedMeasurement(long indicator, String value, String language) {
        WebTestClient.RequestBodySpec request = admin.post().uri("/api/v1/indicators/{id}/measurements", indicator)
                .contentType(MediaType.APPLICATION_JSON);
        if (language != null) {
            request = request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return request.bodyValue(Map.of("value", value)).exchange().expectStatus().isEqualTo(422)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode problem(String uri, String language, int status) {
        return get(uri, language).expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private String csv(long project, String language) {
        int year = LocalDate.now(clock).getYear();
        byte[] body = get("/api/v1/projects/" + project + "/evaluation/" + year + "?format=csv", language)
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        return new String(body, StandardCharsets.UTF_8);
    }

    private WebTestClient.ResponseSpec get(String uri, String language) {
        WebTestClient.RequestHeadersSpec<?> request = admin.get().uri(uri);
        if (language != null) {
            request = request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return request.exchange();
    }

    private long subscribe(long project, String url, String language) {
        return admin.post().uri("/api/v1/subscriptions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("project", project, "kinds", List.of("INDICATOR_OFF_TARGET"),
                        "channel", Map.of("type", "WEBHOOK", "url", url), "language", language))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asLong();
    }

    /** The plain-text message of the uptime alert as a webhook received it. */
    /** The description of the uptime alert, in the group that carries it. */
    private static String description(WebhookReceiver receiver) {
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.requests().stream()
                .anyMatch(request -> request.body().contains(UPTIME)));
        return receiver.requests().stream().filter(request -> request.body().contains(UPTIME)).findFirst()
                .orElseThrow().json().get("alerts").valueStream().filter(alert -> alert.toString().contains(UPTIME))
                .findFirst().orElseThrow().get("annotations").get("description").asString();
    }

    private JsonNode offTargetAlert(long project, String language) {
        long uptime = indicator(project, UPTIME);
        return get("/api/v1/alerts?project=" + project + "&kind=INDICATOR_OFF_TARGET", language).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().valueStream()
                .filter(alert -> alert.get("indicatorId").asLong() == uptime).findFirst().orElseThrow();
    }
}
