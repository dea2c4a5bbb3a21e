package org.jixiao.alert;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.jixiao.JixiaoApplication;
import org.jixiao.alert.delivery.DeliveryClock;
import org.jixiao.alert.subscription.SubscriptionRequest.ChannelRequest;
import org.jixiao.alert.subscription.SubscriptionRequest;
import org.jixiao.alert.subscription.SubscriptionService;
import org.jixiao.milestone.MilestoneKind;
import org.jixiao.milestone.MilestoneService.MilestoneRequest;
import org.jixiao.milestone.MilestoneService;
import org.jixiao.project.ProjectQuery;
import org.jixiao.project.ProjectService;
import org.jixiao.schedule.CheckRunner;
import org.jixiao.security.Caller;
import org.jixiao.support.MailServer;
import org.jixiao.support.MovableDeliveryClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.jixiao.system.database.Timestamps.utc;

/**
 * The service stops after writing alert messages to the outbox and before sending them — one of them even claimed by
 * a sender that died mid-send. After a restart on the same database every grouped message reaches its mailbox exactly
 * once, with every alert it collected.
 */
class AlertOutboxRestartIntegrationTests {

    static final MailServer MAIL = MailServer.start();

    @TempDir
    static Path data;

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    @Test
    void messagesWrittenBeforeAStopAreDeliveredOnceAfterTheRestart() {
        long pending;
        Duration groupWait;
        try (ConfigurableApplicationContext first = start(false)) {
            groupWait = first.getBean(AlertsProperties.class).delivery().groupWait();
            ProjectService projects = first.getBean(ProjectService.class);
            long project = projects.find(Caller.SYSTEM, new ProjectQuery(2025, null, "晋城市数字经济发展服务费", 0, 20))
                    .block().items().getFirst().id();
            // Two subscribers: two grouped messages, each to carry both alerts.
            for (String address : List.of("manager@example.org", "deputy@example.org")) {
                first.getBean(SubscriptionService.class).create(Caller.SYSTEM, new SubscriptionRequest(null, project,
                        List.of("MILESTONE_OVERDUE"), null, new ChannelRequest("EMAIL", address, null, null), null))
                        .block();
            }
            // Overdue milestones added after the subscriptions: each raises its alert, and joins its group's message.
            MilestoneService milestones = first.getBean(MilestoneService.class);
            for (String title : List.of("验收材料归档", "尾款结算")) {
                milestones.create(Caller.SYSTEM, project, new MilestoneRequest(title, LocalDate.of(2025, 11, 20),
                        MilestoneKind.DELIVERY, null)).block();
            }
            first.getBean(CheckRunner.class).runAll().block();

            DatabaseClient db = first.getBean(DatabaseClient.class);
            pending = db.sql("select count(*) as n from alert_message where state = 'PENDING'")
                    .map(row -> row.get("n", Long.class)).one().block();
            assertThat(pending).isEqualTo(2);
            // A sender that claimed a message and died before sending it: its lease still holds at the restart.
            // Leases run on the delivery clock (real time), not on the pinned business clock.
            db.sql("""
                    update alert_message set claimed_by = 'crashed', sealed_at = :now, lease_until = :until
                     where id = (select min(id) from alert_message)
                    """)
                    .bind("now", utc(first.getBean(DeliveryClock.class).instant()))
                    .bind("until", utc(first.getBean(DeliveryClock.class).instant().plus(Duration.ofMinutes(1))))
                    .fetch().rowsUpdated().block();
        }
        assertThat(MAIL.messages()).as("nothing is sent while delivery is off").isEmpty();

        try (ConfigurableApplicationContext second = start(true)) {
            DatabaseClient db = second.getBean(DatabaseClient.class);
            MovableDeliveryClock clock = second.getBean(MovableDeliveryClock.class);
            // The group wait is over, the crashed sender's lease is not.
            clock.advance(groupWait);
            // A mail reaches the server just before its message is marked sent: wait for the rows, not only the
            // mails, before moving the clock past the lease.
            await().atMost(Duration.ofSeconds(20)).until(() -> sent(db) == pending - 1);
            assertThat(MAIL.messages()).hasSize((int) pending - 1);
            clock.advance(Duration.ofMinutes(2));
            await().atMost(Duration.ofSeconds(20)).until(() -> sent(db) == pending);

            List<Map<String, Object>> messages = db.sql("select state, attempts, alert_count from alert_message")
                    .fetch().all().collectList().block();
            assertThat(messages).hasSize((int) pending).allSatisfy(row -> {
                assertThat(row.get("state")).isEqualTo("SENT");
                assertThat(row.get("attempts")).isEqualTo(1);
                assertThat(row.get("alert_count")).isEqualTo(2);
            });
            assertThat(MAIL.messages()).hasSize((int) pending).allSatisfy(mail -> assertThat(MailServer.text(mail))
                    .contains("验收材料归档", "尾款结算", "晋城市数字经济发展服务费"));
            assertThat(MAIL.messages().stream().map(mail -> header(mail, "X-Jixiao-Delivery")))
                    .doesNotHaveDuplicates();
        }
        assertThat(MAIL.messages()).hasSize((int) pending);
    }

    private static long sent(DatabaseClient db) {
        return db.sql("select count(*) as n from alert_message where state = 'SENT'")
                .map(row -> row.get("n", Long.class)).one().block();
    }

    private static String header(MimeMessage mail, String name) {
        try {
            return mail.getHeader(name, null);
        }
        catch (MessagingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Settings go in as command-line arguments: builder properties are defaults, which application.yml overrides. */
    private static ConfigurableApplicationContext start(boolean delivery) {
        return new SpringApplicationBuilder(JixiaoApplication.class, MovableDeliveryClockConfiguration.class)
                .run("--server.port=0",
                        "--jixiao.embedded-database.data-directory=" + data,
                        "--jixiao.clock.fixed=2025-12-01T09:00:00+08:00",
                        "--jixiao.alerts.delivery.enabled=" + delivery,
                        "--jixiao.alerts.delivery.poll-interval=100ms",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + MAIL.port(),
                        // The checks are run by hand here; Quartz must not add runs of its own.
                        "--spring.quartz.auto-startup=false");
    }

    /** Real time that the test can move past a lease; the business clock stays pinned by jixiao.clock.fixed. */
    @TestConfiguration(proxyBeanMethods = false)
    static class MovableDeliveryClockConfiguration {

        @Bean
        @Primary
        MovableDeliveryClock movableDeliveryClock() {
            return new MovableDeliveryClock();
        }
    }
}
