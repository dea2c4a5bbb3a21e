package org.jixiao.alert.delivery;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;
import static org.jixiao.alert.delivery.SampleNotifications.PUBLIC_URL;
import static org.jixiao.alert.delivery.SampleNotifications.SHANGHAI;

/** Mail through a real SMTP server (GreenMail on a free port). */
class EmailSenderTests {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final AlertTexts texts = new AlertTexts(PUBLIC_URL, SHANGHAI);

    @Test
    void sendsOneMailWithHtmlAndTextInUtf8() throws Exception {
        EmailSender sender = new EmailSender(provider(mailSender(SMTP.getSmtp().getPort())), texts,
                "jixiao@finance.example.gov.cn");
        ChannelAddress to = new ChannelAddress(ChannelType.EMAIL, "wang.li@water.example.gov.cn", null, null, "zh");

        StepVerifier.create(sender.send(to, List.of(SampleNotifications.overdue()), "delivery-1001"))
                .expectComplete().verify(WAIT);

        await().atMost(WAIT).until(() -> SMTP.getReceivedMessages().length == 1);
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getHeader("Subject", null)).startsWith("=?UTF-8?");
        assertThat(mail.getSubject()).contains("城乡供水一体化工程", "完成主管网铺设", "2025-11-30")
                .isEqualTo("【绩效预警】逾期：城乡供水一体化工程 — 完成主管网铺设（截止 2025-11-30，已逾期 1 天）");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("jixiao@finance.example.gov.cn");
        assertThat(((InternetAddress) mail.getAllRecipients()[0]).getAddress())
                .isEqualTo("wang.li@water.example.gov.cn");
        assertThat(mail.getHeader(EmailSender.DELIVERY_HEADER, null)).isEqualTo("delivery-1001");
        assertThat(mail.getContentType()).startsWith("multipart/alternative");

        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertThat(text.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(html.getContentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat((String) text.getContent()).contains("项目：城乡供水一体化工程", "部门：市水务局（101001）",
                "触发时间：2025-12-01 09:00 +08:00");
        assertThat((String) html.getContent()).contains("<table", "城乡供水一体化工程", "完成主管网铺设",
                PUBLIC_URL + "/api/v1/alerts/42");
    }

    @Test
    void englishMailsAreInEnglish() throws Exception {
        EmailSender sender = new EmailSender(provider(mailSender(SMTP.getSmtp().getPort())), texts, "jixiao@localhost");
        ChannelAddress to = new ChannelAddress(ChannelType.EMAIL, "auditor@example.org", null, null, "en");

        StepVerifier.create(sender.send(to, List.of(SampleNotifications.dueSoon(9)), "delivery-1002"))
                .expectComplete().verify(WAIT);

        await().atMost(WAIT).until(() -> SMTP.getReceivedMessages().length == 1);
        assertThat(SMTP.getReceivedMessages()[0].getSubject())
                .isEqualTo("[Jixiao] Due soon: 城乡供水一体化工程 — 完成竣工验收 (due 2025-12-10, 9 days left)");
    }

    @Test
    void aMailServerThatIsDownIsADeliveryFailure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        EmailSender sender = new EmailSender(provider(mailSender(closedPort)), texts, "jixiao@localhost");
        ChannelAddress to = new ChannelAddress(ChannelType.EMAIL, "wang.li@water.example.gov.cn", null, null, "zh");

        StepVerifier.create(sender.send(to, List.of(SampleNotifications.overdue()), "delivery-1003"))
                .expectErrorSatisfies(exception -> assertThat(exception).isInstanceOf(DeliveryException.class)
                        .hasMessageContaining("not sent"))
                .verify(WAIT);
    }

    @Test
    void withoutAMailServerConfiguredSendingSaysWhatToSet() {
        EmailSender sender = new EmailSender(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                texts, "jixiao@localhost");
        ChannelAddress to = new ChannelAddress(ChannelType.EMAIL, "wang.li@water.example.gov.cn", null, null, "zh");

        StepVerifier.create(sender.send(to, List.of(SampleNotifications.overdue()), "delivery-1004"))
                .expectErrorSatisfies(exception -> assertThat(exception).isInstanceOf(DeliveryException.class)
                        .hasMessage("email is not configured: set spring.mail.host"))
                .verify(WAIT);
    }

    @Test
    void aGroupIsOneMailThatCountsItsAlertsAndListsEachWithItsLink() throws Exception {
        EmailSender sender = new EmailSender(provider(mailSender(SMTP.getSmtp().getPort())), texts, "jixiao@localhost");
        ChannelAddress to = new ChannelAddress(ChannelType.EMAIL, "wang.li@water.example.gov.cn", null, null, "zh");
        List<Notification> alerts = List.of(SampleNotifications.overdue(), SampleNotifications.offTarget(),
                SampleNotifications.resolved(SampleNotifications.dueSoon(3)));

        StepVerifier.create(sender.send(to, new GroupMessage("jixiao-delivery-88", 5L,
                MessageGrouping.groupKey("101001"), alerts))).expectComplete().verify(WAIT);

        await().atMost(WAIT).until(() -> SMTP.getReceivedMessages().length == 1);
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("【绩效预警】市水务局（101001）：2 条预警，1 条已解除");
        assertThat(mail.getHeader(EmailSender.DELIVERY_HEADER, null)).isEqualTo("jixiao-delivery-88");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        String text = (String) parts.getBodyPart(0).getContent();
        assertThat(text).contains("1. 【绩效预警】逾期：城乡供水一体化工程 — 完成主管网铺设", "2. 【绩效预警】指标偏离目标",
                        "3. 【已解除】", "说明：71%，低于目标值 ≥95%")
                .contains(PUBLIC_URL + "/api/v1/alerts/42", PUBLIC_URL + "/api/v1/alerts/44",
                        PUBLIC_URL + "/api/v1/alerts/43", PUBLIC_URL + "/api/v1/alerts?department=101001");
        assertThat((String) parts.getBodyPart(1).getContent())
                .contains("<a href=\"" + PUBLIC_URL + "/api/v1/alerts/42\">", "<table");
    }

    @Test
    void refusesAMessageWithoutAlerts() {
        EmailSender sender = new EmailSender(provider(mailSender(SMTP.getSmtp().getPort())), texts, "jixiao@localhost");
        ChannelAddress to = new ChannelAddress(ChannelType.EMAIL, "wang.li@water.example.gov.cn", null, null, "zh");

        assertThatIllegalArgumentException().isThrownBy(() -> sender.send(to, List.of(), "delivery-1005"));
    }

    private static JavaMailSenderImpl mailSender(int port) {
        JavaMailSenderImpl mailSender = new JavaMailSenderImpl();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(port);
        mailSender.setDefaultEncoding("UTF-8");
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        properties.setProperty("mail.smtp.timeout", "5000");
        properties.setProperty("mail.smtp.writetimeout", "5000");
        mailSender.setJavaMailProperties(properties);
        return mailSender;
    }

    private static ObjectProvider<JavaMailSender> provider(JavaMailSender mailSender) {
        return new StaticListableBeanFactory(Map.of("mailSender", mailSender)).getBeanProvider(JavaMailSender.class);
    }
}
