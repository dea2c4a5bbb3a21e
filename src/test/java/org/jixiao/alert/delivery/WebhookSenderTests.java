package org.jixiao.alert.delivery;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.jixiao.alert.AlertKind;
import org.jixiao.alert.Severity;
import org.jixiao.support.WebhookReceiver;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.jixiao.alert.delivery.SampleNotifications.CLOCK;
import static org.jixiao.alert.delivery.SampleNotifications.PUBLIC_URL;
import static org.jixiao.alert.delivery.SampleNotifications.SHANGHAI;

/** The generic webhook against a loopback receiver. */
class WebhookSenderTests {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final AlertTexts texts = new AlertTexts(PUBLIC_URL, SHANGHAI);
    private final WebhookSender sender = new WebhookSender(WebClient.builder(), JsonMapper.builder().build(),
            CLOCK::instant, texts);

    @Test
    void postsAlertmanagerVersionFourWithTheIdempotencyKey() throws IOException {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Notification overdue = SampleNotifications.overdue();

            StepVerifier.create(sender.send(address(receiver), List.of(overdue), "delivery-1001"))
                    .expectComplete().verify(WAIT);

            WebhookReceiver.Request request = receiver.requests().getFirst();
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.header("Idempotency-Key")).isEqualTo("delivery-1001");
            assertThat(request.header("Content-Type")).startsWith("application/json");
            JsonNode body = request.json();
            assertThat(body.path("version").asString()).isEqualTo("4");
            assertThat(body.path("groupKey").asString()).isEqualTo("{}:{department=\"101001\"}");
            assertThat(body.path("truncatedAlerts").isIntegralNumber()).isTrue();
            assertThat(body.path("truncatedAlerts").intValue()).isZero();
            assertThat(body.path("status").asString()).isEqualTo("firing");
            assertThat(body.path("receiver").asString()).isEqualTo("jixiao");
            assertThat(body.path("groupLabels").properties()).singleElement()
                    .satisfies(label -> assertThat(label.getKey()).isEqualTo("department"));
            assertThat(body.path("groupLabels").path("department").asString()).isEqualTo("101001");
            assertThat(body.path("commonLabels").path("project").asString()).isEqualTo("12");
            assertThat(body.path("commonAnnotations").path("summary").asString())
                    .isEqualTo(texts.subject(overdue, Locale.SIMPLIFIED_CHINESE));
            assertThat(body.path("externalURL").asString()).isEqualTo(PUBLIC_URL);
            assertThat(body.path("alerts").size()).isEqualTo(1);

            JsonNode alert = body.path("alerts").get(0);
            assertThat(alert.path("status").asString()).isEqualTo("firing");
            JsonNode labels = alert.path("labels");
            assertThat(labels.path("alertname").asString()).isEqualTo("JixiaoMilestoneOverdue");
            assertThat(labels.path("kind").asString()).isEqualTo("MILESTONE_OVERDUE");
            assertThat(labels.path("severity").asString()).isEqualTo("critical");
            assertThat(labels.path("project").asString()).isEqualTo("12");
            assertThat(labels.path("department").asString()).isEqualTo("101001");
            assertThat(alert.path("annotations").path("summary").asString())
                    .isEqualTo("【绩效预警】逾期：城乡供水一体化工程 — 完成主管网铺设（截止 2025-11-30，已逾期 1 天）");
            assertThat(alert.path("annotations").path("description").asString())
                    .contains("部门：市水务局（101001）", "触发时间：2025-12-01 09:00 +08:00");
            assertThat(alert.path("startsAt").asString()).isEqualTo("2025-12-01T01:00:00Z");
            assertThat(alert.path("endsAt").asString()).isEqualTo("0001-01-01T00:00:00Z");
            assertThat(alert.path("generatorURL").asString()).isEqualTo(PUBLIC_URL + "/api/v1/alerts/42");
            assertThat(alert.path("fingerprint").asString()).matches("[0-9a-f]{16}");
        }
    }

    @Test
    void aResolvedAlertEndsWhenItResolved() throws IOException {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Notification resolved = SampleNotifications.resolved(SampleNotifications.overdue());

            StepVerifier.create(sender.send(address(receiver), List.of(resolved), "delivery-1002"))
                    .expectComplete().verify(WAIT);

            JsonNode body = receiver.requests().getFirst().json();
            assertThat(body.path("status").asString()).isEqualTo("resolved");
            assertThat(body.path("alerts").get(0).path("status").asString()).isEqualTo("resolved");
            assertThat(body.path("alerts").get(0).path("endsAt").asString()).isEqualTo("2025-12-01T02:00:00Z");
            assertThat(body.path("groupKey").asString())
                    .isEqualTo(sender.payload(GroupMessage.of(List.of(SampleNotifications.overdue()), "k"),
                            Locale.ENGLISH).path("groupKey").asString());
        }
    }

    @Test
    void aServerErrorIsADeliveryFailureAndTheRetryCarriesTheSameKey() throws IOException {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.failNext(1, 500);

            StepVerifier.create(sender.send(address(receiver), List.of(SampleNotifications.overdue()), "delivery-7"))
                    .expectErrorSatisfies(exception -> {
                        assertThat(exception).isInstanceOf(DeliveryException.class)
                                .hasMessageContaining("HTTP 500").hasMessageContaining("scripted failure");
                        assertThat(((DeliveryException) exception).rateLimited()).isFalse();
                    }).verify(WAIT);
            StepVerifier.create(sender.send(address(receiver), List.of(SampleNotifications.overdue()), "delivery-7"))
                    .expectComplete().verify(WAIT);

            assertThat(receiver.requests()).extracting(request -> request.header("Idempotency-Key"))
                    .containsExactly("delivery-7", "delivery-7");
        }
    }

    @Test
    void tooManyRequestsIsRateLimitedForAsLongAsTheReceiverSays() throws IOException {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.failNext(1, 429, "120");

            StepVerifier.create(sender.send(address(receiver), List.of(SampleNotifications.overdue()), "delivery-8"))
                    .expectErrorSatisfies(exception -> {
                        assertThat(exception).isInstanceOf(DeliveryException.class).hasMessageContaining("429");
                        assertThat(((DeliveryException) exception).rateLimited()).isTrue();
                        assertThat(((DeliveryException) exception).retryAfterSeconds()).isEqualTo(120);
                    }).verify(WAIT);
        }
    }

    @Test
    void aGroupGoesInOneCallWithEveryAlertLinkedAndWhatTheyShareAsCommonLabels() throws IOException {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            List<Notification> alerts = List.of(SampleNotifications.overdue(), SampleNotifications.offTarget(),
                    SampleNotifications.resolved(SampleNotifications.dueSoon(3)));
            GroupMessage message = new GroupMessage("jixiao-delivery-77", 12L, MessageGrouping.groupKey("101001"),
                    alerts);

            StepVerifier.create(sender.send(address(receiver), message)).expectComplete().verify(WAIT);

            WebhookReceiver.Request request = receiver.requests().getFirst();
            assertThat(request.header("Idempotency-Key")).isEqualTo("jixiao-delivery-77");
            JsonNode body = request.json();
            assertThat(body.path("groupKey").asString()).isEqualTo("{}/{subscription=\"12\"}:{department=\"101001\"}");
            assertThat(body.path("status").asString()).as("firing while any alert is").isEqualTo("firing");
            assertThat(body.path("externalURL").asString()).isEqualTo(PUBLIC_URL);
            assertThat(body.path("alerts").valueStream().map(alert -> alert.path("generatorURL").asString()))
                    .containsExactly(PUBLIC_URL + "/api/v1/alerts/42", PUBLIC_URL + "/api/v1/alerts/44",
                            PUBLIC_URL + "/api/v1/alerts/43");
            assertThat(body.path("alerts").valueStream().map(alert -> alert.path("status").asString()))
                    .containsExactly("firing", "firing", "resolved");
            assertThat(body.path("commonLabels").path("department").asString()).isEqualTo("101001");
            assertThat(body.path("commonLabels").path("project").asString()).isEqualTo("12");
            assertThat(body.path("commonLabels").has("kind")).as("the kinds differ").isFalse();
            assertThat(body.path("commonAnnotations").isEmpty()).isTrue();
        }
    }

    @Test
    void aReportAlertNamesItsReportInItsLabelsAndLinksItInItsDescription() throws IOException {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Notification returned = SampleNotifications.report(AlertKind.REPORT_RETURNED, Severity.WARNING, null);

            StepVerifier.create(sender.send(address(receiver), List.of(returned), "delivery-1004"))
                    .expectComplete().verify(WAIT);

            JsonNode alert = receiver.requests().getFirst().json().path("alerts").get(0);
            assertThat(alert.path("labels").path("alertname").asString()).isEqualTo("JixiaoReportReturned");
            assertThat(alert.path("labels").path("report").asString()).isEqualTo("77");
            assertThat(alert.path("annotations").path("description").asString())
                    .contains("报告：" + PUBLIC_URL + "/api/v1/reports/77");
            assertThat(alert.path("generatorURL").asString()).isEqualTo(PUBLIC_URL + "/api/v1/alerts/45");
        }
    }

    @Test
    void refusesAMessageWithoutAlerts() {
        ChannelAddress to = new ChannelAddress(ChannelType.WEBHOOK, null, "http://127.0.0.1:9/", null, "zh");

        assertThatIllegalArgumentException().isThrownBy(() -> sender.send(to, List.of(), "k"));
    }

    @Test
    void alertNamesAreCamelCaseWithThePrefix() {
        assertThat(WebhookSender.alertName(SampleNotifications.dueSoon(3))).isEqualTo("JixiaoMilestoneDueSoon");
        assertThat(WebhookSender.alertName(SampleNotifications.offTarget())).isEqualTo("JixiaoIndicatorOffTarget");
        assertThat(WebhookSender.alertName(SampleNotifications.report(AlertKind.REPORT_OVERDUE, Severity.WARNING, 1)))
                .isEqualTo("JixiaoReportOverdue");
    }

    private static ChannelAddress address(WebhookReceiver receiver) {
        return new ChannelAddress(ChannelType.WEBHOOK, null, receiver.url(), null, "zh");
    }
}
