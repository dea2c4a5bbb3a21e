package org.jixiao.alert.delivery;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.jixiao.support.RobotPeer;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.alert.delivery.SampleNotifications.CLOCK;
import static org.jixiao.alert.delivery.SampleNotifications.NOW;
import static org.jixiao.alert.delivery.SampleNotifications.PUBLIC_URL;
import static org.jixiao.alert.delivery.SampleNotifications.SHANGHAI;

/** The robot senders against loopback robots that check signatures and limits the way the real ones do. */
class RobotSendersTests {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String SECRET = "SEC5f0c2a9d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0";

    private final JsonMapper jsonMapper = JsonMapper.builder().build();
    private final AlertTexts texts = new AlertTexts(PUBLIC_URL, SHANGHAI);

    @Test
    void dingTalkSignsSoTheRobotTakesTheMessage() throws IOException {
        try (RobotPeer robot = RobotPeer.dingTalk(SECRET, CLOCK)) {
            StepVerifier.create(dingTalk(CLOCK).send(robot("dingtalk", robot, SECRET),
                            List.of(SampleNotifications.overdue()), "d-1"))
                    .expectComplete().verify(WAIT);

            assertThat(robot.rejected()).isZero();
            JsonNode message = robot.accepted().getFirst();
            assertThat(message.path("msgtype").asString()).isEqualTo("markdown");
            assertThat(message.path("markdown").path("title").asString())
                    .isEqualTo(texts.subject(SampleNotifications.overdue(), java.util.Locale.SIMPLIFIED_CHINESE));
            assertThat(message.path("markdown").path("text").asString()).contains("城乡供水一体化工程", "完成主管网铺设");
            assertThat(robot.acceptedQueries().getFirst())
                    .startsWith("access_token=test&timestamp=" + NOW.toEpochMilli() + "&sign=");
        }
    }

    @Test
    void dingTalkWithTheWrongSecretIsAFailureNotASuccess() throws IOException {
        try (RobotPeer robot = RobotPeer.dingTalk(SECRET, CLOCK)) {
            StepVerifier.create(dingTalk(CLOCK).send(robot("dingtalk", robot, SECRET + "x"),
                            List.of(SampleNotifications.overdue()), "d-2"))
                    .expectErrorSatisfies(refused("310000", "sign not match"))
                    .verify(WAIT);

            assertThat(robot.accepted()).isEmpty();
            assertThat(robot.rejected()).isEqualTo(1);
        }
    }

    @Test
    void dingTalkRefusesATimestampMoreThanAnHourOff() throws IOException {
        try (RobotPeer robot = RobotPeer.dingTalk(SECRET, CLOCK)) {
            Clock twoHoursSlow = Clock.offset(CLOCK, Duration.ofHours(-2));

            StepVerifier.create(dingTalk(twoHoursSlow).send(robot("dingtalk", robot, SECRET),
                            List.of(SampleNotifications.overdue()), "d-3"))
                    .expectErrorSatisfies(refused("310000", "timestamp"))
                    .verify(WAIT);

            assertThat(robot.accepted()).isEmpty();
        }
    }

    @Test
    void dingTalkSendTooFastIsRateLimitedForTheTenMinuteBan() throws IOException {
        try (RobotPeer robot = RobotPeer.dingTalk(SECRET, CLOCK)) {
            robot.answerTooFastFor(1);

            StepVerifier.create(dingTalk(CLOCK).send(robot("dingtalk", robot, SECRET),
                            List.of(SampleNotifications.overdue()), "d-4"))
                    .expectErrorSatisfies(rateLimited(600, "130101", "send too fast"))
                    .verify(WAIT);
            // Only the scripted answer was "too fast": the next one goes through.
            StepVerifier.create(dingTalk(CLOCK).send(robot("dingtalk", robot, SECRET),
                    List.of(SampleNotifications.overdue()), "d-5")).expectComplete().verify(WAIT);
            assertThat(robot.accepted()).hasSize(1);
        }
    }

    @Test
    void theTwentyFirstDingTalkMessageInAMinuteIsRefused() throws IOException {
        try (RobotPeer robot = RobotPeer.dingTalk(SECRET, CLOCK)) {
            DingTalkSender sender = dingTalk(CLOCK);
            for (int i = 0; i < 20; i++) {
                StepVerifier.create(sender.send(robot("dingtalk", robot, SECRET),
                        List.of(SampleNotifications.overdue()), "n-" + i)).expectComplete().verify(WAIT);
            }

            StepVerifier.create(sender.send(robot("dingtalk", robot, SECRET), List.of(SampleNotifications.overdue()),
                    "n-20")).expectErrorSatisfies(rateLimited(600, "130101")).verify(WAIT);
            assertThat(robot.accepted()).hasSize(20);
        }
    }

    @Test
    void weComTakesMarkdownWithoutSigning() throws IOException {
        try (RobotPeer robot = RobotPeer.weCom(CLOCK)) {
            StepVerifier.create(weCom().send(robot("wecom", robot, null), List.of(SampleNotifications.offTarget()),
                    "w-1")).expectComplete().verify(WAIT);

            JsonNode message = robot.accepted().getFirst();
            assertThat(message.path("msgtype").asString()).isEqualTo("markdown");
            assertThat(message.path("markdown").path("content").asString()).contains("农村自来水普及率");
        }
    }

    @Test
    void weComFrequencyLimitIsRateLimitedForAMinute() throws IOException {
        try (RobotPeer robot = RobotPeer.weCom(CLOCK)) {
            robot.answerTooFastFor(1);

            StepVerifier.create(weCom().send(robot("wecom", robot, null), List.of(SampleNotifications.overdue()),
                    "w-2")).expectErrorSatisfies(rateLimited(60, "45009", "api freq out of limit")).verify(WAIT);
            assertThat(robot.accepted()).isEmpty();
        }
    }

    @Test
    void weComDigestOfLongNamesStaysWithinItsMarkdownLimit() throws IOException {
        String longName = "（农村饮水安全巩固提升工程第二批中央预算内投资计划配套项目）".repeat(3);
        try (RobotPeer robot = RobotPeer.weCom(CLOCK)) {
            StepVerifier.create(weCom().send(robot("wecom", robot, null), SampleNotifications.many(30, longName),
                    "w-3")).expectComplete().verify(WAIT);

            assertThat(robot.rejected()).isZero();
            assertThat(robot.accepted()).hasSize(1);
            String content = robot.accepted().getFirst().path("markdown").path("content").asString();
            assertThat(content.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4096);
            assertThat(content).startsWith("### 绩效预警汇总：30 条").containsPattern("…另有 \\d+ 条$");
        }
    }

    @Test
    void feishuSignsInTheBodySoTheBotTakesTheMessage() throws IOException {
        try (RobotPeer robot = RobotPeer.feishu(SECRET, CLOCK)) {
            StepVerifier.create(feishu(CLOCK).send(robot("feishu", robot, SECRET),
                    List.of(SampleNotifications.overdue()), "f-1")).expectComplete().verify(WAIT);

            JsonNode message = robot.accepted().getFirst();
            assertThat(message.path("timestamp").asString()).isEqualTo(Long.toString(NOW.getEpochSecond()));
            assertThat(message.path("sign").asString()).isNotBlank();
            assertThat(message.path("msg_type").asString()).isEqualTo("text");
            assertThat(message.path("content").path("text").asString()).contains("城乡供水一体化工程", "已逾期 1 天");
        }
    }

    @Test
    void feishuWithTheWrongSecretIsAFailure() throws IOException {
        try (RobotPeer robot = RobotPeer.feishu(SECRET, CLOCK)) {
            StepVerifier.create(feishu(CLOCK).send(robot("feishu", robot, "SECwrong"),
                            List.of(SampleNotifications.overdue()), "f-2"))
                    .expectErrorSatisfies(refused("19021", "sign match fail")).verify(WAIT);

            assertThat(robot.accepted()).isEmpty();
            assertThat(robot.rejected()).isEqualTo(1);
        }
    }

    @Test
    void theSixthFeishuMessageInASecondIsRateLimited() throws IOException {
        try (RobotPeer robot = RobotPeer.feishu(SECRET, CLOCK)) {
            FeishuSender sender = feishu(CLOCK);
            for (int i = 0; i < 5; i++) {
                StepVerifier.create(sender.send(robot("feishu", robot, SECRET), List.of(SampleNotifications.overdue()),
                        "f-" + i)).expectComplete().verify(WAIT);
            }

            StepVerifier.create(sender.send(robot("feishu", robot, SECRET), List.of(SampleNotifications.overdue()),
                    "f-5")).expectErrorSatisfies(rateLimited(60, "9499", "too many request")).verify(WAIT);
            assertThat(robot.accepted()).hasSize(5);
        }
    }

    @Test
    void aDigestOfThirtyArrivesAsOneMessageWithinEachRobotsLimit() throws IOException {
        List<Notification> thirty = SampleNotifications.many(30, "（二期）");
        try (RobotPeer ding = RobotPeer.dingTalk(SECRET, CLOCK); RobotPeer wecom = RobotPeer.weCom(CLOCK);
                RobotPeer fei = RobotPeer.feishu(SECRET, CLOCK)) {
            StepVerifier.create(dingTalk(CLOCK).send(robot("dingtalk", ding, SECRET), thirty, "g-1"))
                    .expectComplete().verify(WAIT);
            StepVerifier.create(weCom().send(robot("wecom", wecom, null), thirty, "g-2"))
                    .expectComplete().verify(WAIT);
            StepVerifier.create(feishu(CLOCK).send(robot("feishu", fei, SECRET), thirty, "g-3"))
                    .expectComplete().verify(WAIT);

            assertThat(ding.accepted()).hasSize(1);
            assertThat(wecom.accepted()).hasSize(1);
            assertThat(fei.accepted()).hasSize(1);
            String dingText = ding.accepted().getFirst().path("markdown").path("text").asString();
            String wecomText = wecom.accepted().getFirst().path("markdown").path("content").asString();
            String feishuText = fei.accepted().getFirst().path("content").path("text").asString();
            assertThat(ding.accepted().getFirst().path("markdown").path("title").asString())
                    .isEqualTo("绩效预警汇总：30 条");
            assertThat(bytes(dingText)).isLessThanOrEqualTo(RobotLimits.DINGTALK.maxMessageBytes());
            assertThat(bytes(wecomText)).isLessThanOrEqualTo(4096);
            assertThat(bytes(feishuText)).isLessThanOrEqualTo(RobotLimits.FEISHU.maxMessageBytes());
            for (String text : List.of(dingText, wecomText, feishuText)) {
                assertThat(text).contains("绩效预警汇总：30 条", "第1号项目");
                long listed = text.lines().filter(line -> line.contains("号项目")).count();
                assertThat(listed == 30 || text.endsWith("…另有 " + (30 - listed) + " 条"))
                        .as("every alert listed or the rest counted:%n%s", text).isTrue();
            }
        }
    }

    @Test
    void anUnreachableRobotIsAFailureThatDoesNotRevealItsKey() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ChannelAddress to = new ChannelAddress(ChannelType.WECOM, null,
                "http://127.0.0.1:" + closedPort + "/cgi-bin/webhook/send?key=very-secret-key", null, "zh");

        StepVerifier.create(weCom().send(to, List.of(SampleNotifications.overdue()), "u-1"))
                .expectErrorSatisfies(exception -> assertThat(exception).isInstanceOf(DeliveryException.class)
                        .hasMessageContaining("could not be reached").hasMessageNotContaining("very-secret-key"))
                .verify(WAIT);
    }

    @Test
    void limitsAreThoseOfTheRealRobots() {
        assertThat(RobotLimits.of(ChannelType.DINGTALK).windows())
                .containsExactly(new RobotLimits.Window(20, Duration.ofSeconds(60)));
        assertThat(RobotLimits.of(ChannelType.WECOM).windows())
                .containsExactly(new RobotLimits.Window(20, Duration.ofSeconds(60)));
        assertThat(RobotLimits.of(ChannelType.FEISHU).windows()).containsExactlyInAnyOrder(
                new RobotLimits.Window(100, Duration.ofSeconds(60)), new RobotLimits.Window(5, Duration.ofSeconds(1)));
        assertThat(RobotLimits.WECOM.maxMessageBytes()).isEqualTo(4096);
        assertThat(RobotLimits.DINGTALK.penalty()).isEqualTo(Duration.ofMinutes(10));
    }

    private DingTalkSender dingTalk(Clock clock) {
        return new DingTalkSender(WebClient.builder(), jsonMapper, clock::instant, texts);
    }

    private WeComSender weCom() {
        return new WeComSender(WebClient.builder(), jsonMapper, CLOCK::instant, texts);
    }

    private FeishuSender feishu(Clock clock) {
        return new FeishuSender(WebClient.builder(), jsonMapper, clock::instant, texts);
    }

    private static ChannelAddress robot(String kind, RobotPeer peer, String secret) {
        ChannelType type = switch (kind) {
            case "dingtalk" -> ChannelType.DINGTALK;
            case "wecom" -> ChannelType.WECOM;
            default -> ChannelType.FEISHU;
        };
        return new ChannelAddress(type, null, peer.url(), secret, "zh");
    }

    /** A failure that is not about the rate. */
    private static Consumer<Throwable> refused(String... words) {
        return exception -> {
            assertThat(exception).isInstanceOf(DeliveryException.class).hasMessageContainingAll(words);
            assertThat(((DeliveryException) exception).rateLimited()).isFalse();
        };
    }

    private static Consumer<Throwable> rateLimited(long retryAfterSeconds, String... words) {
        return exception -> {
            assertThat(exception).isInstanceOf(DeliveryException.class).hasMessageContainingAll(words);
            DeliveryException failure = (DeliveryException) exception;
            assertThat(failure.rateLimited()).isTrue();
            assertThat(failure.retryAfterSeconds()).isEqualTo(retryAfterSeconds);
        };
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
