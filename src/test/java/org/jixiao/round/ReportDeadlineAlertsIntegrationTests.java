package org.jixiao.round;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.jixiao.alert.AlertsProperties;
import org.jixiao.support.MailServer;
import org.jixiao.support.MovableClock;
import org.jixiao.support.MovableDeliveryClock;
import org.jixiao.support.OnAugustTenth2025;
import org.jixiao.support.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The August round's deadline as alerts, end to end on the demo sheets: dispatched for department 102 on 2025-08-10,
 * due 2025-08-15. Each report not handed in is due soon at once, and the department's manager gets one mail of
 * reminders; one report is submitted and approved, another returned (its owner hears of it); on 2025-08-16, once the
 * checks have run, every report but the approved one is overdue, in one mail. The checks run only when the test asks
 * (Quartz is off); mail goes through a real SMTP server (GreenMail), grouped with the default group wait and
 * interval, which the test skips by moving the delivery clock.
 */
@OnAugustTenth2025
@TestPropertySource(properties = {"jixiao.alerts.delivery.poll-interval=100ms", "spring.quartz.auto-startup=false"})
class ReportDeadlineAlertsIntegrationTests {

    private static final String ROUND = "2025年1-7月绩效运行监控";
    private static final String MANAGER = "manager@example.org";
    private static final String OWNER = "owner@example.org";
    private static final Duration WAIT = Duration.ofSeconds(10);

    static final MailServer MAIL = MailServer.start();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", MAIL::port);
    }

    @Autowired
    WebTestClient admin;

    /** The business clock, pinned to 2025-08-10 09:00; the test moves it past the due date. */
    @Autowired
    MovableClock clock;

    /** Real time, which delivery goes by; moved only to skip the group wait and interval. */
    @Autowired
    MovableDeliveryClock deliveryClock;

    @Autowired
    AlertsProperties properties;

    @LocalServerPort
    int port;

    @AfterEach
    void restoreTheClocks() {
        clock.reset();
        deliveryClock.reset();
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    @Test
    void aRoundsDueDateRemindsEveryReportAndTheReportsNotHandedInFallOverdue() {
        subscribe(admin, Map.of("department", "102"), MANAGER);
        JsonNode round = created(admin.post().uri("/api/v1/rounds").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "MONITORING", "fiscalYear", 2025, "title", ROUND, "periodFrom", "2025-01-01",
                        "periodTo", "2025-07-31", "due", "2025-08-15", "departments", List.of("102"))));
        List<JsonNode> reports = ok(admin.get().uri("/api/v1/rounds/{id}/reports", round.get("id").asLong()))
                .valueStream().toList();
        assertThat(reports).hasSizeGreaterThan(2);
        Set<Long> reportIds = reports.stream().map(report -> report.get("id").asLong()).collect(Collectors.toSet());

        // Dispatched five days before the due date: every report is due soon at once, no check needed.
        Map<Long, JsonNode> dueSoon = reportAlerts("REPORT_DUE_SOON", "FIRING");
        assertThat(dueSoon.keySet()).isEqualTo(reportIds);
        JsonNode first = dueSoon.get(reports.getFirst().get("id").asLong());
        assertThat(first.get("severity").asString()).isEqualTo("INFO");
        assertThat(first.get("period").asString()).isEqualTo("report-" + reports.getFirst().get("id").asLong());
        assertThat(first.get("facts").get("roundTitle").asString()).isEqualTo(ROUND);
        assertThat(first.get("facts").get("due").asString()).isEqualTo("2025-08-15");
        assertThat(first.get("facts").get("days").asInt()).isEqualTo(5);
        deliveryClock.advance(properties.delivery().groupWait());
        MimeMessage reminders = awaitMail(MANAGER, subject -> subject.contains("条提醒"));
        assertThat(MailServer.subject(reminders)).isEqualTo("【绩效提醒】晋城市数据局（102）：" + reports.size() + " 条提醒");
        assertThat(MailServer.text(reminders)).contains("报告即将到期", ROUND, "截止 2025-08-15，还剩 5 天",
                "/api/v1/reports/" + reports.getFirst().get("id").asLong());

        long approved = reports.get(0).get("id").asLong();
        long returned = reports.get(1).get("id").asLong();
        long returnedProject = reports.get(1).get("projectId").asLong();
        WebTestClient owner = client(token("OWNER", List.of(), List.of(returnedProject)));
        subscribe(owner, Map.of("project", returnedProject, "kinds", List.of("REPORT_RETURNED")), OWNER);

        handIn(approved);
        admin.post().uri("/api/v1/reports/{id}/approval", approved).exchange().expectStatus().isOk();
        handIn(returned);
        admin.post().uri("/api/v1/reports/{id}/return", returned).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("comment", "整改措施请写明时间节点")).exchange().expectStatus().isOk();

        // Each step brought the alerts in line in its own request: no check has run since the dispatch.
        assertThat(reportAlerts("REPORT_DUE_SOON", "FIRING").keySet()).as("the approved report is no longer due")
                .doesNotContain(approved).contains(returned).hasSize(reports.size() - 1);
        assertThat(reportAlerts("REPORT_APPROVED", "FIRING").keySet()).containsExactly(approved);
        JsonNode returnedAlert = reportAlerts("REPORT_RETURNED", "FIRING").get(returned);
        assertThat(returnedAlert.get("projectId").asLong()).isEqualTo(returnedProject);
        assertThat(returnedAlert.get("severity").asString()).isEqualTo("WARNING");
        assertThat(returnedAlert.get("facts").get("detail").asString()).isEqualTo("退回意见：整改措施请写明时间节点");
        deliveryClock.advance(properties.delivery().groupInterval());
        MimeMessage toOwner = awaitMail(OWNER, subject -> subject.contains("报告被退回"));
        assertThat(MailServer.subject(toOwner)).startsWith("【绩效预警】报告被退回：")
                .endsWith(" — " + ROUND + "（截止 2025-08-15）");
        assertThat(MailServer.text(toOwner)).contains("说明：退回意见：整改措施请写明时间节点",
                "/api/v1/reports/" + returned);
        MimeMessage news = awaitMail(MANAGER, subject -> subject.endsWith("条预警"));
        assertThat(MailServer.text(news)).contains("报告已审核通过", "报告被退回");

        clock.advance(Duration.ofDays(6));
        admin.post().uri("/api/v1/checks/run").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.succeeded == false)]").isEmpty();

        Map<Long, JsonNode> overdue = reportAlerts("REPORT_OVERDUE", "FIRING");
        Set<Long> notHandedIn = new HashSet<>(reportIds);
        notHandedIn.remove(approved);
        assertThat(overdue.keySet()).as("every report but the approved one, the returned one too")
                .isEqualTo(notHandedIn);
        assertThat(overdue.get(returned).get("facts").get("days").asInt()).isEqualTo(1);
        assertThat(reportAlerts("REPORT_DUE_SOON", "FIRING")).as("the overdue alerts took over").isEmpty();
        deliveryClock.advance(properties.delivery().groupInterval());
        MimeMessage overdueMail = awaitMails(MANAGER, subject -> subject.endsWith("条预警"), 2).getLast();
        assertThat(MailServer.subject(overdueMail))
                .isEqualTo("【绩效预警】晋城市数据局（102）：" + (reports.size() - 1) + " 条预警");
        assertThat(MailServer.text(overdueMail)).contains("报告逾期未报", "已逾期 1 天").doesNotContain("报告即将到期");
    }

    /** Fills every line in (each judged 有可能, with causes and a measure) and submits the report. */
    private void handIn(long report) {
        JsonNode form = ok(admin.get().uri("/api/v1/reports/{id}", report)).get("form");
        List<Map<String, Object>> lines = new ArrayList<>();
        for (JsonNode indicator : form.get("indicators")) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("indicatorId", indicator.get("indicatorId").asLong());
            line.put("likelihood", "有可能");
            line.put("causes", List.of("其他"));
            line.put("causeText", "按计划推进");
            line.put("measure", "按计划推进");
            lines.add(line);
        }
        admin.put().uri("/api/v1/reports/{id}", report).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", 0, "fundsProjected", 500000, "progress", "1-7月按计划推进",
                        "indicators", lines))
                .exchange().expectStatus().isOk();
        admin.post().uri("/api/v1/reports/{id}/submission", report).exchange().expectStatus().isOk();
    }

    /** The report alerts of a kind in a state, by report. */
    private Map<Long, JsonNode> reportAlerts(String kind, String state) {
        return ok(admin.get().uri("/api/v1/alerts?department=102&kind={kind}&state={state}&size=500", kind, state))
                .valueStream().collect(Collectors.toMap(alert -> alert.get("facts").get("reportId").asLong(),
                        alert -> alert));
    }

    private void subscribe(WebTestClient as, Map<String, Object> scope, String address) {
        Map<String, Object> subscription = new LinkedHashMap<>(scope);
        subscription.putIfAbsent("kinds", List.of("REPORT_DUE_SOON", "REPORT_OVERDUE", "REPORT_RETURNED",
                "REPORT_APPROVED"));
        subscription.put("channel", Map.of("type", "EMAIL", "address", address));
        as.post().uri("/api/v1/subscriptions").contentType(MediaType.APPLICATION_JSON).bodyValue(subscription)
                .exchange().expectStatus().isCreated();
    }

    private MimeMessage awaitMail(String to, Predicate<String> subject) {
        return awaitMails(to, subject, 1).getFirst();
    }

    /** The mails to {@code to} whose subject says so, in the order they came, once there are {@code count}. */
    private static List<MimeMessage> awaitMails(String to, Predicate<String> subject, int count) {
        await().atMost(WAIT).until(() -> mailsTo(to, subject).size() >= count);
        List<MimeMessage> mails = mailsTo(to, subject);
        assertThat(mails).hasSize(count);
        return mails;
    }

    private static List<MimeMessage> mailsTo(String to, Predicate<String> subject) {
        return MAIL.messages().stream().filter(mail -> recipient(mail).equals(to)
                && subject.test(MailServer.subject(mail))).toList();
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String token(String role, List<String> departments, List<Long> projects) {
        return created(admin.post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "report-alerts-" + role + "-" + System.nanoTime(), "roles", List.of(role),
                        "departments", departments, "projects", projects))).get("token").asString();
    }

    private WebTestClient client(String token) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)).build();
    }

    private static JsonNode ok(WebTestClient.RequestHeadersSpec<?> request) {
        return request.exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static JsonNode created(WebTestClient.RequestHeadersSpec<?> request) {
        return request.exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
    }
}
