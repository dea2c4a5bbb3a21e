package org.jixiao.support;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) on a free loopback port that can be stopped and started again on the same port, to
 * play an outage.
 */
public final class MailServer implements AutoCloseable {

    private final int port;
    private GreenMail server;

    private MailServer(int port) {
        this.port = port;
    }

    /** Starts on a free port. */
    public static MailServer start() {
        GreenMail probe = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        probe.start();
        MailServer mail = new MailServer(probe.getSmtp().getPort());
        mail.server = probe;
        return mail;
    }

    public int port() {
        return port;
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Starts again on the same port, with an empty mailbox. */
    public synchronized void restart() {
        stop();
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public synchronized List<MimeMessage> messages() {
        return server == null ? List.of() : Arrays.asList(server.getReceivedMessages());
    }

    /** Subjects of the received mails, decoded. */
    public List<String> subjects() {
        return messages().stream().map(MailServer::subject).toList();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        }
        catch (MessagingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The body as it travels: MIME parts, encoded. */
    public static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message);
    }

    /** The decoded text of every text part, plain and HTML, in order. */
    public static String text(MimeMessage message) {
        try {
            StringBuilder text = new StringBuilder();
            collect(message.getContent(), text);
            return text.toString();
        }
        catch (MessagingException | IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void collect(Object content, StringBuilder text) throws MessagingException, IOException {
        if (content instanceof String part) {
            text.append(part).append('\n');
        }
        else if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                collect(parts.getBodyPart(i).getContent(), text);
            }
        }
    }

    @Override
    public void close() {
        stop();
    }
}
