package org.jixiao.alert;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.mail.internet.MimeMessage;

import org.jixiao.alert.delivery.PublicAddress;
import org.jixiao.support.MailServer;
import org.jixiao.support.MovableClock;
import org.jixiao.support.MovableDeliveryClock;
import org.jixiao.support.OnDecemberFirst2025;
import org.jixiao.support.RobotPeer;
import org.jixiao.support.TestSheets;
import org.jixiao.support.WebhookReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.jixiao.support.DemoLookups.projectId;

/**
 * Alerts by email, webhook and chat robot, end to end on the demo sheets with the clock at 2025-12-01: a real SMTP
 * server (GreenMail), a local webhook receiver, the real checks, the real outbox worker, a local DingTalk robot that
 * checks signatures and rate limits. Messages are grouped with the default group wait (30 s) and interval (5 min);
 * tests move the delivery clock past them rather than wait. Each test subscribes for itself and deletes its
 * subscriptions after, so their mails do not mix. The checks run only when a test asks (Quartz is off), and the test
 * on a seed milestone runs first: the alerts of the seed milestones fire once per context, at the first run of the
 * checks.
 */
@OnDecemberFirst2025
@TestPropertySource(properties = {"jixiao.alerts.delivery.poll-interval=100ms",
        "jixiao.alerts.delivery.initial-backoff=1s", "jixiao.alerts.delivery.max-backoff=4s",
        "spring.quartz.auto-startup=false"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AlertDeliveryIntegrationTests {

    static final MailServer MAIL = MailServer.start();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", MAIL::port);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
    }

    @Autowired
    WebTestClient admin;

    /** The business clock, pinned to 2025-12-01 09:00; tests move it to make deadlines pass. */
    @Autowired
    MovableClock clock;

    /** Real time, which delivery goes by; tests move it only to skip long waits (a group wait, a robot's ban). */
    @Autowired
    MovableDeliveryClock deliveryClock;

    /** The group wait and interval, the defaults (30 s and 5 min). */
    @Autowired
    AlertsProperties properties;

    /** Where links point: jixiao.alerts.public-url is not set here. */
    @Autowired
    PublicAddress publicAddress;

    @LocalServerPort
    int port;

    @AfterEach
    void cleanUp() {
        admin.get().uri("/api/v1/subscriptions").exchange().expectBody(JsonNode.class).returnResult()
                .getResponseBody().valueStream().forEach(subscription -> admin.delete()
                        .uri("/api/v1/subscriptions/{id}", subscription.get("id").asLong()).exchange()
                        .expectStatus().isNoContent());
        clock.reset();
        deliveryClock.reset();
        MAIL.restart();
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    @Test
    @Order(1)
    void anOverdueMilestoneIsMailedAtOnceRemindedUntilAcknowledgedAndResolvedByItsPayment() {
        long project = projectId(admin, "晋城市数字经济发展服务费");
        subscribe(project, "manager@example.org");

        // Adding a milestone that is already overdue raises its alert in the same request: no check runs first.
        admin.post().uri("/api/v1/projects/{id}/milestones", project).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "合同尾款支付", "due", "2025-11-30", "kind", "PAYMENT")).exchange()
                .expectStatus().isCreated();
        JsonNode alert = overdueAlert(project, "合同尾款支付");
        assertThat(alert.get("severity").asString()).isEqualTo("WARNING");
        assertThat(alert.get("facts").get("due").asString()).isEqualTo("2025-11-30");
        letTheGroupWaitPass();
        MimeMessage mail = awaitMails(subject -> subject.contains("合同尾款支付"), 1).getFirst();
        assertThat(MailServer.subject(mail)).contains("晋城市数字经济发展服务费").contains("2025-11-30");
        assertThat(MailServer.text(mail)).contains("合同尾款支付", "详情：http");
        awaitDeliveries(alert, "SENT", 1);

        runChecks();
        awaitNoPendingDeliveries(alert);
        assertThat(mailsAbout("合同尾款支付")).as("a second sweep on the same day sends nothing").hasSize(1);

        clock.advance(Duration.ofDays(1));
        runChecks();
        letTheGroupIntervalPass();
        awaitMails(subject -> subject.contains("合同尾款支付"), 2);
        awaitDeliveries(alert, "SENT", 2);

        admin.post().uri("/api/v1/alerts/{id}/acknowledgement", alert.get("id").asLong())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("comment", "财务已在办理")).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("ACKNOWLEDGED")
                .jsonPath("$.acknowledgement.comment").isEqualTo("财务已在办理");
        clock.advance(Duration.ofDays(1));
        runChecks();
        awaitNoPendingDeliveries(alert);
        assertThat(mailsAbout("合同尾款支付")).as("acknowledged: no more reminders").hasSize(2);

        long milestone = alert.get("milestoneId").asLong();
        admin.post().uri("/api/v1/projects/{id}/payments", project).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("amount", 598800, "paidAt", "2025-12-03", "note", "尾款", "milestoneId", milestone))
                .exchange().expectStatus().isCreated();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                alert(alert.get("id").asLong()).get("state").asString()).isEqualTo("RESOLVED"));
        letTheGroupIntervalPass();
        List<MimeMessage> all = awaitMails(subject -> subject.contains("合同尾款支付"), 3);
        assertThat(MailServer.subject(all.get(2))).contains("已解除");
        awaitDeliveries(alert, "SENT", 3);
    }

    @Test
    void mailPilesUpWhileSmtpIsDownAndDrainsWhenItReturnsWithNothingLost() {
        long project = projectId(admin, "大数据应用平台集成建设及智慧城市一期工程合同款");
        subscribe(project, "ops@example.org");
        List<Long> milestones = List.of(overdueMilestone(project, "停机演练一"), overdueMilestone(project, "停机演练二"));
        MAIL.stop();

        runChecks();
        List<JsonNode> alerts = alertsOf(project, "MILESTONE_OVERDUE").stream()
                .filter(alert -> milestones.contains(alert.get("milestoneId").asLong())).toList();
        assertThat(alerts).hasSize(2);
        letTheGroupWaitPass();
        awaitEveryDelivery(alerts, "PENDING", 1);
        deliveryClock.advance(Duration.ofSeconds(2));
        awaitEveryDelivery(alerts, "PENDING", 2);
        assertThat(metric("jixiao_alert_outbox_pending")).isGreaterThanOrEqualTo(1);
        assertThat(MAIL.messages()).isEmpty();

        MAIL.restart();
        deliveryClock.advance(Duration.ofSeconds(5));
        awaitEveryDelivery(alerts, "SENT", 3);
        assertThat(MAIL.messages()).as("the two alerts of the department in one mail").singleElement()
                .satisfies(mail -> assertThat(MailServer.text(mail)).contains("停机演练一", "停机演练二",
                        "大数据应用平台集成建设及智慧城市一期工程合同款"));
        assertThat(MAIL.subjects()).singleElement().asString().contains("2 条预警");
    }

    /** Every alert has one message, in {@code state}, tried at least {@code attempts} times; one message for all. */
    private void awaitEveryDelivery(List<JsonNode> alerts, String state, int attempts) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(alerts).allSatisfy(alert -> {
            JsonNode deliveries = deliveries(alert.get("id").asLong());
            assertThat(deliveries).hasSize(1);
            assertThat(deliveries.get(0).get("state").asString()).isEqualTo(state);
            assertThat(deliveries.get(0).get("attempts").asInt()).isGreaterThanOrEqualTo(attempts);
            if (state.equals("PENDING")) {
                assertThat(deliveries.get(0).get("lastError").asString()).isNotBlank();
            }
        }));
    }

    @Test
    void aSilenceHoldsBackMessagesButNotTheAlert() {
        long project = projectId(admin, "城市云平台运维项目");
        subscribe(project, "cloud@example.org");
        admin.post().uri("/api/v1/silences").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("matchers", Map.of("project", project), "until", "2025-12-31T00:00:00+08:00",
                        "reason", "年底集中处理"))
                .exchange().expectStatus().isCreated();
        try {
            long milestone = overdueMilestone(project, "静默期间的里程碑");
            runChecks();
            JsonNode alert = alertsOf(project, "MILESTONE_OVERDUE").stream()
                    .filter(each -> each.get("milestoneId").asLong() == milestone).findFirst().orElseThrow();
            assertThat(alert.get("state").asString()).isEqualTo("FIRING");
            assertThat(deliveries(alert.get("id").asLong())).isEmpty();
        }
        finally {
            admin.get().uri("/api/v1/silences").exchange().expectBody(JsonNode.class).returnResult()
                    .getResponseBody().valueStream().forEach(silence -> admin.delete()
                            .uri("/api/v1/silences/{id}", silence.get("id").asLong()).exchange()
                            .expectStatus().isNoContent());
        }
    }

    @Test
    void aRobotThatAnswersTooFastIsTriedAgainAfterItsBanAndGetsOneSignedDigest() throws Exception {
        long project = projectId(admin, "电子政务外网运维服务项目");
        // Due in four days: they fall overdue together when the clock moves, so one check raises all three.
        List<Long> milestones = List.of(milestone(project, "机器人一", "2025-12-05"),
                milestone(project, "机器人二", "2025-12-05"), milestone(project, "机器人三", "2025-12-05"));
        // The robot checks signatures and its ban against real time, like the real one.
        try (RobotPeer robot = RobotPeer.dingTalk("SEC0123456789abcdef", deliveryClock.asClock())) {
            robot.answerTooFastFor(1);
            admin.post().uri("/api/v1/subscriptions").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("project", project, "kinds", List.of("MILESTONE_OVERDUE"), "channel",
                            Map.of("type", "DINGTALK", "url", robot.url(), "secret", "SEC0123456789abcdef")))
                    .exchange().expectStatus().isCreated()
                    .expectBody().jsonPath("$.channel.recipient").value(recipient -> assertThat((String) recipient)
                            .endsWith("access_token=***"))
                    .jsonPath("$.channel.signed").isEqualTo(true)
                    .jsonPath("$.channel.secret").doesNotExist();

            clock.advance(Duration.ofDays(5));
            runChecks();
            List<JsonNode> alerts = alertsOf(project, "MILESTONE_OVERDUE").stream()
                    .filter(alert -> milestones.contains(alert.get("milestoneId").asLong())).toList();
            assertThat(alerts).hasSize(3);
            letTheGroupWaitPass();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(alerts).allSatisfy(alert -> {
                JsonNode delivery = deliveries(alert.get("id").asLong()).get(0);
                assertThat(delivery.get("state").asString()).isEqualTo("PENDING");
                assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
                assertThat(delivery.get("lastError").asString()).contains("130101");
            }));
            assertThat(robot.rejected()).isEqualTo(1);
            assertThat(robot.accepted()).isEmpty();

            deliveryClock.advance(Duration.ofMinutes(9));
            // Within the ten-minute ban nothing is tried: the worker polls every 100 ms, so half a second is five looks.
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> deliveries(
                    alerts.getFirst().get("id").asLong()).get(0).get("attempts").asInt() == 1);
            deliveryClock.advance(Duration.ofMinutes(2));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(alerts).allSatisfy(alert ->
                    assertThat(deliveries(alert.get("id").asLong()).get(0).get("state").asString())
                            .isEqualTo("SENT")));
            assertThat(robot.accepted()).as("one signed digest for the burst").singleElement()
                    .satisfies(message -> assertThat(message.toString()).contains("机器人一", "机器人二", "机器人三"));
        }
    }

    @Test
    void aRobotMessageThatFailsOnceIsRetriedInRealTimeWhileTheBusinessClockIsPinned() throws Exception {
        long project = projectId(admin, "智慧晋城运营指挥中心项目");
        Instant pinned = clock.instant();
        try (RobotPeer robot = RobotPeer.weCom(deliveryClock.asClock())) {
            robot.answerUnavailableFor(1);
            admin.post().uri("/api/v1/subscriptions").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("project", project, "kinds", List.of("MILESTONE_OVERDUE"), "channel",
                            Map.of("type", "WECOM", "url", robot.url())))
                    .exchange().expectStatus().isCreated();

            // Overdue when added: the alert fires, and its message is queued, in the same request.
            long milestone = overdueMilestone(project, "网关故障后重试");
            JsonNode alert = alertsOf(project, "MILESTONE_OVERDUE").stream()
                    .filter(each -> each.get("milestoneId").asLong() == milestone).findFirst().orElseThrow();

            // Once the group wait is over, nobody moves a clock: the 1 s backoff passes in real time, and the second
            // try goes through.
            letTheGroupWaitPass();
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                JsonNode delivery = deliveries(alert.get("id").asLong()).get(0);
                assertThat(delivery.get("state").asString()).isEqualTo("SENT");
                assertThat(delivery.get("attempts").asInt()).isEqualTo(2);
            });
            assertThat(robot.rejected()).as("the one scripted failure").isEqualTo(1);
            assertThat(robot.accepted()).singleElement()
                    .satisfies(message -> assertThat(message.toString()).contains("网关故障后重试"));
            assertThat(clock.instant()).as("the business clock stayed pinned").isEqualTo(pinned);
        }
    }

    @Test
    void fortyEightOverdueAlertsForOneManagerGoAsOneMailAndOneWebhookCallPerDepartmentWithLinksThatOpen()
            throws Exception {
        long dataBureau = projectId(admin, "应用系统适配改造");
        long waterBureau = importSheet(TestSheets.variant("city-cloud-ops", 2025, "城乡供水信息化运维（分组）"), "305",
                "晋城市水务局");
        // Due in two days: one check, once the clock has moved, finds all 48 overdue at once.
        List<String> dataTitles = IntStream.rangeClosed(1, 40).mapToObj(i -> "数据局分组验收" + i).toList();
        List<String> waterTitles = IntStream.rangeClosed(1, 8).mapToObj(i -> "水务局分组验收" + i).toList();
        dataTitles.forEach(title -> milestone(dataBureau, title, "2025-12-03"));
        waterTitles.forEach(title -> milestone(waterBureau, title, "2025-12-03"));
        try (WebhookReceiver hook = WebhookReceiver.start()) {
            subscribeEverything(Map.of("type", "EMAIL", "address", "manager@example.org"));
            subscribeEverything(Map.of("type", "WEBHOOK", "url", hook.url()));

            clock.advance(Duration.ofDays(3));
            runChecks();
            List<JsonNode> raised = overdueAlertsTitled(dataBureau, dataTitles);
            raised.addAll(overdueAlertsTitled(waterBureau, waterTitles));
            assertThat(raised).hasSize(48);
            assertThat(raised.stream().flatMap(alert -> deliveries(alert.get("id").asLong()).valueStream())
                    .map(delivery -> delivery.get("messageId").asLong()).collect(Collectors.toSet()))
                    .as("two departments, two subscribers: four messages").hasSize(4);
            assertThat(MAIL.messages()).as("the group wait holds them").isEmpty();

            letTheGroupWaitPass();
            await().atMost(Duration.ofSeconds(15)).until(() -> MAIL.messages().size() == 2
                    && hook.requests().size() == 2);
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                    .until(() -> MAIL.messages().size() == 2 && hook.requests().size() == 2);
            MimeMessage dataMail = mailWithSubject("晋城市数据局（102）");
            assertThat(MailServer.subject(dataMail)).startsWith("【绩效预警】").contains("条预警");
            assertThat(MailServer.text(dataMail)).contains(dataTitles).doesNotContain(waterTitles);
            assertThat(englishWords(MailServer.subject(dataMail) + "\n" + MailServer.text(dataMail)))
                    .as("a Chinese subscriber's mail is in Chinese only").isEmpty();
            assertThat(MailServer.text(mailWithSubject("晋城市水务局（305）"))).contains(waterTitles)
                    .doesNotContain(dataTitles);
            JsonNode dataCall = webhookCall(hook, "102");
            assertThat(dataCall.get("status").asString()).isEqualTo("firing");
            assertThat(dataCall.get("groupKey").asString()).endsWith(":{department=\"102\"}");
            assertThat(dataCall.get("externalURL").asString()).startsWith("http");
            assertThat(summaries(dataCall)).contains(dataTitles);
            assertThat(summaries(webhookCall(hook, "305"))).contains(waterTitles);
            assertThat(dataCall.get("alerts").valueStream().map(alert -> alert.get("generatorURL").asString()))
                    .allSatisfy(url -> assertThat(url).startsWith(dataCall.get("externalURL").asString()
                            + "/api/v1/alerts/"));

            // Every link opens with a token (and only with one).
            Matcher link = Pattern.compile("(https?://\\S+/api/v1/alerts/(\\d+))\\s")
                    .matcher(MailServer.text(dataMail));
            assertThat(link.find()).isTrue();
            admin.get().uri(URI.create(link.group(1))).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.id").isEqualTo(Long.parseLong(link.group(2)));
            WebTestClient.bindToServer().build().get().uri(URI.create(link.group(1))).exchange()
                    .expectStatus().isUnauthorized();
            admin.get().uri(URI.create(dataCall.get("alerts").get(0).get("generatorURL").asString())).exchange()
                    .expectStatus().isOk();
            admin.get().uri(URI.create(dataCall.get("externalURL").asString() + "/api/v1/alerts?department=102"))
                    .exchange().expectStatus().isOk();
            assertThat(MailServer.text(dataMail)).contains(dataCall.get("externalURL").asString()
                    + "/api/v1/alerts?department=102");

            // Back to 1 December: the 48 are not overdue any more, and their "resolved" go grouped the same way, a
            // group interval after the first messages.
            clock.reset();
            runChecks();
            letTheGroupIntervalPass();
            await().atMost(Duration.ofSeconds(15)).until(() -> MAIL.messages().size() == 4
                    && hook.requests().size() == 4);
            MimeMessage resolved = MAIL.messages().get(2).getSubject().contains("102") ? MAIL.messages().get(2)
                    : MAIL.messages().get(3);
            assertThat(MailServer.subject(resolved)).isEqualTo("【已解除】晋城市数据局（102）：40 条预警已解除");
            assertThat(MailServer.text(resolved)).contains(dataTitles);
            JsonNode resolvedCall = hook.requests().subList(2, 4).stream().map(WebhookReceiver.Request::json)
                    .filter(call -> call.get("groupLabels").get("department").asString().equals("102"))
                    .findFirst().orElseThrow();
            assertThat(resolvedCall.get("status").asString()).isEqualTo("resolved");
            assertThat(resolvedCall.get("alerts")).hasSize(40);
            assertThat(resolvedCall.get("groupKey").asString()).isEqualTo(dataCall.get("groupKey").asString());
        }
    }

    @Test
    void withoutAPublicUrlLinksPointAtThisServersOwnAddressAndOpenWithAToken() throws Exception {
        String base = "http://" + InetAddress.getLocalHost().getHostName() + ":" + port;
        assertThat(publicAddress.get()).isEqualTo(base);

        admin.get().uri(URI.create(base + "/api/v1/alerts?size=1")).exchange().expectStatus().isOk();
        WebTestClient.bindToServer().build().get().uri(URI.create(base + "/api/v1/alerts?size=1")).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void aGroupsFirstMessageWaitsTheGroupWaitAndItsNextOneTheGroupIntervalCollectingWhatCameMeanwhile() {
        long project = projectId(admin, "晋城市大数据应用管理维护费");
        subscribe(project, "timing@example.org");
        Duration wait = properties.delivery().groupWait();
        Duration interval = properties.delivery().groupInterval();
        Duration margin = Duration.ofSeconds(5);

        overdueMilestone(project, "分组等待一");
        JsonNode first = deliveries(overdueAlert(project, "分组等待一").get("id").asLong()).get(0);
        assertThat(Duration.between(Instant.parse(first.get("createdAt").asString()),
                Instant.parse(first.get("nextAttemptAt").asString()))).isEqualTo(wait);
        deliveryClock.advance(wait.minus(margin));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> MAIL.messages().isEmpty());
        deliveryClock.advance(margin);
        awaitMails(subject -> subject.contains("分组等待一"), 1);

        overdueMilestone(project, "分组间隔二");
        overdueMilestone(project, "分组间隔三");
        JsonNode second = deliveries(overdueAlert(project, "分组间隔二").get("id").asLong()).get(0);
        JsonNode third = deliveries(overdueAlert(project, "分组间隔三").get("id").asLong()).get(0);
        assertThat(second.get("messageId").asLong()).isEqualTo(third.get("messageId").asLong())
                .isNotEqualTo(first.get("messageId").asLong());
        deliveryClock.advance(wait.plus(margin));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> MAIL.messages().size() == 1);
        deliveryClock.advance(interval.minus(wait));
        await().atMost(Duration.ofSeconds(10)).until(() -> MAIL.messages().size() == 2);
        assertThat(MailServer.text(MAIL.messages().get(1))).contains("分组间隔二", "分组间隔三");
        assertThat(MAIL.subjects().get(1)).contains("2 条预警");
    }

    @Test
    void aMessageSaysTheAlertsFactsAsTheyAreWhenItGoesNotAsTheyWereWhenItWasQueued() {
        admin.post().uri("/api/v1/subscriptions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("department", "906", "kinds", List.of("BUDGET_EXECUTION_LAG"),
                        "channel", Map.of("type", "EMAIL", "address", "finance@example.org")))
                .exchange().expectStatus().isCreated();
        // Nothing paid of 706,000 yuan in December: the budget alert fires with the import, at 0.0 %.
        long project = importSheet(TestSheets.variant("city-cloud-ops", 2025, "城市云平台运维项目（执行率）"), "906",
                "晋城市测试局");
        JsonNode alert = alertsOf(project, "BUDGET_EXECUTION_LAG").getFirst();
        assertThat(alert.get("facts").get("detail").asString()).startsWith("预算执行率 0.0%");
        assertThat(deliveries(alert.get("id").asLong())).singleElement()
                .satisfies(delivery -> assertThat(delivery.get("state").asString()).isEqualTo("PENDING"));

        // 300,000 yuan recorded while the message waits: still lagging, so no new message, but new facts.
        admin.post().uri("/api/v1/projects/{id}/payments", project).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("amount", 300000, "paidAt", "2025-11-28", "note", "第一笔运维费")).exchange()
                .expectStatus().isCreated();
        assertThat(alert(alert.get("id").asLong()).get("facts").get("detail").asString())
                .as("the reconcile stores the new facts").startsWith("预算执行率 42.5%");
        assertThat(deliveries(alert.get("id").asLong())).hasSize(1);

        letTheGroupWaitPass();
        MimeMessage mail = awaitMails(subject -> subject.contains("城市云平台运维项目（执行率）"), 1).getFirst();
        assertThat(MailServer.text(mail)).contains("预算执行率 42.5%").doesNotContain("预算执行率 0.0%");
    }

    @Test
    void anOverdueDeadlineIsOneAlertNotAlsoAnOffTargetIndicator() {
        runChecks();
        List<JsonNode> overdueDeadlines = openAlerts("MILESTONE_OVERDUE").stream()
                .filter(alert -> !alert.get("indicatorId").isNull()).toList();
        assertThat(overdueDeadlines).as("the demo sheets have deadlines past on 1 December").isNotEmpty();
        Set<Long> indicators = overdueDeadlines.stream().map(alert -> alert.get("indicatorId").asLong())
                .collect(Collectors.toSet());
        assertThat(openAlerts("INDICATOR_OFF_TARGET"))
                .noneSatisfy(alert -> assertThat(indicators).contains(alert.get("indicatorId").asLong()));
        // Not for want of a red light: the deadlines' indicators are red; their overdue alerts say so once.
        List<String> lights = overdueDeadlines.stream().map(alert -> alert.get("projectId").asLong()).distinct()
                .flatMap(project -> admin.get().uri("/api/v1/projects/{id}/status", project).exchange()
                        .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody()
                        .get("indicators").valueStream())
                .filter(indicator -> indicators.contains(indicator.get("indicatorId").asLong()))
                .map(indicator -> indicator.get("light").asString()).toList();
        assertThat(lights).contains("RED");
    }

    @Test
    void aRightToLeftOverrideInAProjectNameNeverReachesAMailSubject() {
        // "数字经济\u202Efdp.exe服务" would display as "数字经济服务exe.pdf" in a mail client.
        ObjectNode sheet = TestSheets.variant("digital-economy-services", 2024, "数字经济\u202Efdp.exe服务");
        long project = importSheet(sheet, "102", "晋城市数据局");
        subscribe(project, "rtl@example.org");

        overdueMilestone(project, "方向控制符测试");
        letTheGroupWaitPass();

        MimeMessage mail = awaitMails(subject -> subject.contains("方向控制符测试"), 1).getFirst();
        assertThat(MailServer.subject(mail)).contains("数字经济fdp.exe服务").doesNotContain("\u202E");
        assertThat(MailServer.text(mail)).contains("数字经济fdp.exe服务").doesNotContain("\u202E");
    }

    @Test
    void anEnglishSubscriberGetsItsGroupedMailInEnglishOnly() {
        long project = importSheet(TestSheets.variant("egov-extranet-ops", 2024, "英文订阅分组项目"), "306",
                "晋城市英文测试局");
        List<String> titles = List.of("英文分组甲", "英文分组乙", "英文分组丙");
        admin.post().uri("/api/v1/subscriptions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("project", project, "kinds", List.of("MILESTONE_OVERDUE"), "language", "en",
                        "channel", Map.of("type", "EMAIL", "address", "english@example.org")))
                .exchange().expectStatus().isCreated();

        titles.forEach(title -> overdueMilestone(project, title));
        letTheGroupWaitPass();

        MimeMessage mail = awaitMails(subject -> subject.contains("306"), 1).getFirst();
        assertThat(MailServer.subject(mail)).startsWith("[Jixiao]").contains("3 alerts");
        String text = MailServer.subject(mail) + "\n" + MailServer.text(mail);
        for (String name : List.of("英文订阅分组项目", "晋城市英文测试局", "英文分组甲", "英文分组乙", "英文分组丙")) {
            text = text.replace(name, "");
        }
        assertThat(Pattern.compile("\\p{IsHan}").matcher(text).find()).as("English only beside names: " + text)
                .isFalse();
    }

    /** ASCII words of three letters or more, links and HTML markup left out: a Chinese message has none. */
    private static List<String> englishWords(String text) {
        String words = text.replaceAll("<[^>]*>", " ").replaceAll("&\\w+;", " ").replaceAll("https?://[^\\s\"<]+", "");
        Matcher english = Pattern.compile("\\b[A-Za-z]{3,}\\b").matcher(words);
        List<String> found = new ArrayList<>();
        while (english.find()) {
            found.add(english.group());
        }
        return found;
    }

    private List<JsonNode> openAlerts(String kind) {
        return admin.get().uri("/api/v1/alerts?kind={kind}&size=500", kind).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().valueStream()
                .filter(alert -> !alert.get("state").asString().equals("RESOLVED")).toList();
    }

    private long overdueMilestone(long project, String title) {
        return milestone(project, title, "2025-11-20");
    }

    private long milestone(long project, String title, String due) {
        return admin.post().uri("/api/v1/projects/{id}/milestones", project).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", title, "due", due, "kind", "DELIVERY")).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody().get("id")
                .asLong();
    }

    private void subscribe(long project, String address) {
        admin.post().uri("/api/v1/subscriptions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("project", project, "kinds", List.of("MILESTONE_OVERDUE"),
                        "channel", Map.of("type", "EMAIL", "address", address)))
                .exchange().expectStatus().isCreated()
                .expectBody().jsonPath("$.channel.recipient").isEqualTo(address);
    }

    /** The group wait passes: a new group's first message goes. */
    private void letTheGroupWaitPass() {
        deliveryClock.advance(properties.delivery().groupWait());
    }

    /** The group interval passes: a group's next message goes. */
    private void letTheGroupIntervalPass() {
        deliveryClock.advance(properties.delivery().groupInterval());
    }

    /** A seed sheet as a project of another department; answers its id. */
    private long importSheet(ObjectNode sheet, String departmentCode, String departmentName) {
        ObjectNode department = (ObjectNode) TestSheets.project(sheet).get("department");
        department.put("code", departmentCode);
        department.put("name", departmentName);
        String location = admin.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestSheets.json(sheet)).exchange().expectStatus().isCreated()
                .returnResult(String.class).getResponseHeaders().getLocation().toString();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Every department's overdue milestones, as a manager of them all (the administrator) may subscribe. */
    private void subscribeEverything(Map<String, String> channel) {
        admin.post().uri("/api/v1/subscriptions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kinds", List.of("MILESTONE_OVERDUE"), "channel", channel))
                .exchange().expectStatus().isCreated();
    }

    private List<JsonNode> overdueAlertsTitled(long project, List<String> titles) {
        return new ArrayList<>(alertsOf(project, "MILESTONE_OVERDUE").stream()
                .filter(alert -> titles.contains(alert.get("facts").get("milestoneTitle").asString())).toList());
    }

    private MimeMessage mailWithSubject(String text) {
        return MAIL.messages().stream().filter(mail -> MailServer.subject(mail).contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mail about " + text + " among " + MAIL.subjects()));
    }

    private static JsonNode webhookCall(WebhookReceiver hook, String department) {
        return hook.requests().stream().map(WebhookReceiver.Request::json)
                .filter(call -> call.get("groupLabels").get("department").asString().equals(department))
                .findFirst().orElseThrow();
    }

    /** The summaries of a webhook call's alerts, one a line. */
    private static String summaries(JsonNode call) {
        return call.get("alerts").valueStream().map(alert -> alert.get("annotations").get("summary").asString())
                .collect(Collectors.joining("\n"));
    }

    private void runChecks() {
        admin.post().uri("/api/v1/checks/run").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.succeeded == false)]").isEmpty();
    }

    private JsonNode overdueAlert(long project, String milestoneTitle) {
        return alertsOf(project, "MILESTONE_OVERDUE").stream()
                .filter(alert -> alert.get("facts").get("milestoneTitle").asString().equals(milestoneTitle))
                .findFirst().orElseThrow();
    }

    private List<JsonNode> alertsOf(long project, String kind) {
        return admin.get().uri(uri -> uri.path("/api/v1/alerts").queryParam("project", project)
                        .queryParamIfPresent("kind", java.util.Optional.ofNullable(kind)).build())
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody()
                .valueStream().toList();
    }

    private JsonNode alert(long id) {
        return admin.get().uri("/api/v1/alerts/{id}", id).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode deliveries(long alert) {
        return admin.get().uri("/api/v1/alerts/{id}/deliveries", alert).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private void awaitDeliveries(JsonNode alert, String state, int count) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode deliveries = deliveries(alert.get("id").asLong());
            assertThat(deliveries).hasSize(count);
            assertThat(deliveries.valueStream().map(each -> each.get("state").asString())).containsOnly(state);
        });
    }

    private void awaitNoPendingDeliveries(JsonNode alert) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(deliveries(alert.get("id").asLong())
                .valueStream().map(each -> each.get("state").asString())).doesNotContain("PENDING"));
    }

    private List<MimeMessage> awaitMails(java.util.function.Predicate<String> subject, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> mailsAbout(subject).size() >= count);
        List<MimeMessage> mails = mailsAbout(subject);
        assertThat(mails).hasSize(count);
        return mails;
    }

    private List<MimeMessage> mailsAbout(String text) {
        return mailsAbout(subject -> subject.contains(text));
    }

    /** Mails whose subject, or the alert lines of a group's mail, say so. */
    private List<MimeMessage> mailsAbout(java.util.function.Predicate<String> text) {
        return MAIL.messages().stream().filter(message -> text.test(MailServer.subject(message))
                || MailServer.text(message).lines().anyMatch(text)).toList();
    }

    private double metric(String name) {
        String text = admin.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return text.lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
