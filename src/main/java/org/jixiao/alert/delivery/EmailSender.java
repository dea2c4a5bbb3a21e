package org.jixiao.alert.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mail: one message per group of alerts ({@link GroupTexts}), HTML with a plain-text alternative, in UTF-8. Mail is
 * optional: without {@code spring.mail.host} there is no {@link JavaMailSender} and every send fails saying so.
 * JavaMail blocks, so the sending runs on the bounded elastic scheduler.
 */
@Component
public class EmailSender implements ChannelSender {

    static final String DELIVERY_HEADER = "X-Jixiao-Delivery";

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final ObjectProvider<JavaMailSender> mailSender;
    private final GroupTexts texts;
    private final String from;

    public EmailSender(ObjectProvider<JavaMailSender> mailSender, AlertTexts texts,
            @Value("${jixiao.alerts.mail-from:jixiao@localhost}") String from) {
        this.mailSender = mailSender;
        this.texts = new GroupTexts(texts);
        this.from = from;
    }

    @Override
    public ChannelType type() {
        return ChannelType.EMAIL;
    }

    @Override
    public Mono<Void> send(ChannelAddress to, GroupMessage message) {
        SenderChecks.requireSome(message.notifications());
        return Mono.fromRunnable(() -> deliver(to, message)).subscribeOn(Schedulers.boundedElastic()).then();
    }

    private void deliver(ChannelAddress to, GroupMessage message) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new DeliveryException("email is not configured: set spring.mail.host");
        }
        if (!SenderChecks.present(to.address())) {
            throw new DeliveryException("the subscription has no email address");
        }
        MimeMessage mail = sender.createMimeMessage();
        try {
            compose(mail, to, message);
        }
        catch (MessagingException ex) {
            throw new DeliveryException("the mail could not be composed: " + ex.getMessage(), ex);
        }
        try {
            sender.send(mail);
        }
        catch (MailException ex) {
            throw new DeliveryException("the mail was not sent: " + ex.getMessage(), ex);
        }
    }

    private void compose(MimeMessage mail, ChannelAddress to, GroupMessage message) throws MessagingException {
        Locale locale = to.locale();
        // Alternatives go from the plainest to the richest; clients show the last one they can render.
        MimeBodyPart text = new MimeBodyPart();
        text.setText(texts.plainText(message, locale), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(texts.html(message, locale), UTF_8, "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);

        mail.setFrom(new InternetAddress(from, true));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(to.address().strip(), true));
        mail.setSubject(texts.subject(message, locale), UTF_8);
        if (message.idempotencyKey() != null) {
            mail.setHeader(DELIVERY_HEADER, message.idempotencyKey());
        }
        // Tells auto-responders not to answer (RFC 3834).
        mail.setHeader("Auto-Submitted", "auto-generated");
        mail.setContent(alternative);
    }
}
