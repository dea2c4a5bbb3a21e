package org.jixiao.alert.delivery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.alert.NotificationEvent;
import org.jixiao.system.text.Messages;

/**
 * What an email about a group of alerts says: a subject that names the group and counts its alerts, then each alert
 * with its details and its link (in the order of {@link MessageGrouping#contents}), and a link to all the group's
 * alerts. A group of one alert reads as that alert's own message ({@link AlertTexts}).
 */
public final class GroupTexts {

    private final AlertTexts texts;

    public GroupTexts(AlertTexts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /** e.g. {@code 【绩效预警】晋城市数据局（102）：48 条预警，2 条已解除}. */
    public String subject(GroupMessage message, Locale locale) {
        List<Notification> alerts = alerts(message);
        if (alerts.size() == 1) {
            return texts.subject(alerts.getFirst(), locale);
        }
        boolean en = AlertLabels.english(locale);
        long resolved = alerts.stream().filter(GroupTexts::resolved).count();
        long open = alerts.size() - resolved;
        String group = groupName(message, en);
        if (open == 0) {
            return words(en, "alert.group.all-resolved", resolved, group);
        }
        boolean reminders = alerts.stream().filter(alert -> !resolved(alert))
                .allMatch(alert -> alert.kind().isNotice());
        return words(en, reminders ? "alert.group.reminders" : "alert.group.firing", open, group)
                + (resolved > 0 ? words(en, "alert.group.also-resolved", resolved) : "");
    }

    public String plainText(GroupMessage message, Locale locale) {
        List<Notification> alerts = alerts(message);
        if (alerts.size() == 1) {
            return texts.plainText(alerts.getFirst(), locale);
        }
        boolean en = AlertLabels.english(locale);
        StringBuilder text = new StringBuilder(subject(message, locale)).append("\n\n");
        int number = 1;
        for (Notification alert : alerts) {
            text.append(number++).append(". ").append(texts.subject(alert, locale)).append('\n');
            for (AlertTexts.Field field : texts.fields(alert, locale)) {
                text.append("   ").append(words(en, "alert.field-line", field.label(),
                        field.value().replace("\n", "\n   "))).append('\n');
            }
            texts.link(alert).ifPresent(url -> text.append("   ").append(words(en, "alert.link-line", url))
                    .append('\n'));
            text.append('\n');
        }
        groupLink(message).ifPresent(url -> text.append(words(en, "alert.group.all-alerts-line",
                groupName(message, en), url)).append('\n'));
        text.append('\n').append(AlertTexts.footer(en)).append('\n');
        return text.toString();
    }

    public String html(GroupMessage message, Locale locale) {
        List<Notification> alerts = alerts(message);
        if (alerts.size() == 1) {
            return texts.html(alerts.getFirst(), locale);
        }
        boolean en = AlertLabels.english(locale);
        String subject = AlertTexts.escape(subject(message, locale));
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(words(en, "alert.html-lang"))
                .append("\">\n<head><meta charset=\"UTF-8\"><title>").append(subject).append("</title></head>\n")
                .append("<body style=\"font-family: sans-serif\">\n<h2>").append(subject).append("</h2>\n");
        for (Notification alert : alerts) {
            String headline = AlertTexts.escape(texts.subject(alert, locale));
            html.append("<h3>").append(texts.link(alert)
                    .map(url -> "<a href=\"" + AlertTexts.escape(url) + "\">" + headline + "</a>").orElse(headline))
                    .append("</h3>\n<table cellpadding=\"4\">\n");
            for (AlertTexts.Field field : texts.fields(alert, locale)) {
                html.append("<tr><th align=\"left\" valign=\"top\">").append(AlertTexts.escape(field.label()))
                        .append("</th><td>").append(AlertTexts.escape(field.value()).replace("\n", "<br>"))
                        .append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        groupLink(message).ifPresent(url -> html.append("<p><a href=\"").append(AlertTexts.escape(url)).append("\">")
                .append(AlertTexts.escape(words(en, "alert.group.all-alerts-link", groupName(message, en))))
                .append("</a></p>\n"));
        html.append("<p style=\"color: #888\">").append(AlertTexts.escape(AlertTexts.footer(en)))
                .append("</p>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The group's alerts in the API: {@code /api/v1/alerts?department=102}. */
    Optional<String> groupLink(GroupMessage message) {
        String department = message.groupLabels().get(MessageGrouping.GROUP_BY);
        if (department == null || department.isBlank()) {
            return Optional.empty();
        }
        return texts.link("/api/v1/alerts?department=" + URLEncoder.encode(department, StandardCharsets.UTF_8));
    }

    /** The department as printed with its code, e.g. {@code 晋城市数据局（102）}. */
    private static String groupName(GroupMessage message, boolean en) {
        Notification first = message.notifications().getFirst();
        String name = first.facts() == null ? null : AlertTexts.department(first.facts(), en);
        return name != null ? name : message.groupLabels().getOrDefault(MessageGrouping.GROUP_BY, "");
    }

    private static List<Notification> alerts(GroupMessage message) {
        SenderChecks.requireSome(message.notifications());
        return message.notifications();
    }

    private static boolean resolved(Notification notification) {
        return notification.event() == NotificationEvent.RESOLVED;
    }

    private static String words(boolean en, String key, Object... args) {
        return Messages.text(key, en ? Messages.ENGLISH : Messages.CHINESE, args);
    }
}
