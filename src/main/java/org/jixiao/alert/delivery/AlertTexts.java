package org.jixiao.alert.delivery;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

import org.jixiao.alert.AlertFacts;
import org.jixiao.alert.AlertKind;
import org.jixiao.alert.NotificationEvent;
import org.jixiao.system.text.Messages;

/**
 * What messages about alerts say, in Chinese (the default) or English: a subject, a plain-text and an HTML body for
 * mail, and markdown or text for chat robots, where several alerts become one digest that fits the robot's size limit.
 * Everything taken from the data is put on one line where a line break would change the layout, and escaped in HTML.
 */
public final class AlertTexts {

    /** A digest line longer than this (characters) is cut, so that one long name cannot crowd out the others. */
    private static final int DIGEST_LINE_CHARS = 200;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    private static final AlertFacts NO_FACTS = new AlertFacts(null, null, null, null, null, null, null, null, null);

    private final String publicUrl;
    private final ZoneId zone;

    /**
     * @param publicUrl where users reach this service (links in messages point there); blank for no links
     * @param zone the zone in which times are printed (Asia/Shanghai)
     */
    public AlertTexts(String publicUrl, ZoneId zone) {
        String url = publicUrl == null ? "" : publicUrl.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        this.publicUrl = url;
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The public base URL without a trailing slash, or empty when none is configured. */
    public String publicUrl() {
        return publicUrl;
    }

    /** The alert in the API, when a public URL is configured. */
    public Optional<String> link(Notification notification) {
        return publicUrl.isEmpty() ? Optional.empty()
                : Optional.of(publicUrl + "/api/v1/alerts/" + notification.alertId());
    }

    /** One line naming the project and what is wrong, e.g. {@code 【绩效预警】逾期：项目 — 里程碑（截止 2025-11-30，已逾期 1 天）}. */
    public String subject(Notification notification, Locale locale) {
        return prefix(notification, AlertLabels.english(locale)) + headline(notification, locale);
    }

    /** The title of a robot message: the subject of a single alert, or the digest's count. */
    public String title(List<Notification> notifications, Locale locale) {
        requireSome(notifications);
        return notifications.size() == 1 ? subject(notifications.getFirst(), locale)
                : digestTitle(notifications.size(), locale);
    }

    public String plainText(Notification notification, Locale locale) {
        boolean en = AlertLabels.english(locale);
        StringBuilder text = new StringBuilder(subject(notification, locale)).append("\n\n");
        for (Field field : fields(notification, locale)) {
            text.append(field.label()).append(en ? ": " : "：").append(field.value()).append('\n');
        }
        link(notification).ifPresent(url -> text.append(en ? "Link: " : "详情：").append(url).append('\n'));
        text.append('\n').append(footer(en)).append('\n');
        return text.toString();
    }

    public String html(Notification notification, Locale locale) {
        boolean en = AlertLabels.english(locale);
        String subject = escape(subject(notification, locale));
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(en ? "en" : "zh-CN")
                .append("\">\n<head><meta charset=\"UTF-8\"><title>").append(subject).append("</title></head>\n")
                .append("<body style=\"font-family: sans-serif\">\n<h2>").append(subject).append("</h2>\n")
                .append("<table cellpadding=\"4\">\n");
        for (Field field : fields(notification, locale)) {
            html.append("<tr><th align=\"left\" valign=\"top\">").append(escape(field.label())).append("</th><td>")
                    .append(escape(field.value()).replace("\n", "<br>")).append("</td></tr>\n");
        }
        html.append("</table>\n");
        link(notification).ifPresent(url -> html.append("<p><a href=\"").append(escape(url)).append("\">")
                .append(en ? "Open the alert" : "查看预警详情").append("</a></p>\n"));
        html.append("<p style=\"color: #888\">").append(escape(footer(en))).append("</p>\n</body>\n</html>\n");
        return html.toString();
    }

    /**
     * Markdown for a robot: a single alert with its details, or a digest with one line per alert, most severe first.
     * Never more than {@code maxBytes} of UTF-8; a digest that does not fit ends with how many alerts it left out.
     */
    public String markdown(List<Notification> notifications, Locale locale, int maxBytes) {
        requireSome(notifications);
        if (notifications.size() == 1) {
            return Utf8Text.truncate(markdown(notifications.getFirst(), locale), maxBytes);
        }
        List<String> lines = mostSevereFirst(notifications).stream()
                .map(notification -> "- " + digestLine(notification, locale, true)).toList();
        return fit("### " + digestTitle(notifications.size(), locale) + "\n", lines,
                remaining -> more(remaining, locale), maxBytes);
    }

    /** Plain text for a robot, on the same terms as {@link #markdown(List, Locale, int)}. */
    public String plainText(List<Notification> notifications, Locale locale, int maxBytes) {
        requireSome(notifications);
        if (notifications.size() == 1) {
            return Utf8Text.truncate(plainText(notifications.getFirst(), locale).strip(), maxBytes);
        }
        List<Notification> ordered = mostSevereFirst(notifications);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            lines.add((i + 1) + ". " + digestLine(ordered.get(i), locale, false));
        }
        return fit(digestTitle(notifications.size(), locale), lines, remaining -> more(remaining, locale), maxBytes);
    }

    private String markdown(Notification notification, Locale locale) {
        boolean en = AlertLabels.english(locale);
        StringBuilder text = new StringBuilder("### ").append(subject(notification, locale)).append("\n\n");
        for (Field field : fields(notification, locale)) {
            text.append("- **").append(field.label()).append("**").append(en ? ": " : "：")
                    .append(oneLine(field.value())).append('\n');
        }
        link(notification).ifPresent(url -> text.append('\n').append('[')
                .append(en ? "Open the alert" : "查看预警详情").append("](").append(url).append(")\n"));
        return text.toString().strip();
    }

    private String digestLine(Notification notification, Locale locale, boolean markdown) {
        boolean en = AlertLabels.english(locale);
        String severity = AlertLabels.severity(notification.severity(), locale);
        String resolved = notification.event() == NotificationEvent.RESOLVED
                ? AlertLabels.event(NotificationEvent.RESOLVED, locale) + " · " : "";
        String headline = clip(headline(notification, locale));
        Optional<String> link = link(notification);
        if (markdown) {
            return "**" + severity + "** " + resolved
                    + link.map(url -> "[" + headline + "](" + url + ")").orElse(headline);
        }
        return (en ? "[" + severity + "] " : "【" + severity + "】") + resolved + headline
                + link.map(url -> " " + url).orElse("");
    }

    /**
     * The header, then as many lines as fit in {@code maxBytes} together with a last line counting the ones left out.
     */
    private static String fit(String header, List<String> lines, IntFunction<String> more, int maxBytes) {
        StringBuilder text = new StringBuilder(header);
        int used = Utf8Text.bytes(header);
        int included = 0;
        for (String line : lines) {
            int leftOutAfter = lines.size() - included - 1;
            int lineBytes = 1 + Utf8Text.bytes(line);
            int needed = used + lineBytes + (leftOutAfter > 0 ? 1 + Utf8Text.bytes(more.apply(leftOutAfter)) : 0);
            if (needed > maxBytes) {
                break;
            }
            text.append('\n').append(line);
            used += lineBytes;
            included++;
        }
        if (included < lines.size()) {
            text.append('\n').append(more.apply(lines.size() - included));
        }
        // Only cuts when even the header and the count do not fit, i.e. for an absurdly small limit.
        return Utf8Text.truncate(text.toString(), maxBytes);
    }

    private static String prefix(Notification notification, boolean en) {
        boolean resolved = notification.event() == NotificationEvent.RESOLVED;
        if (en) {
            return resolved ? "[Jixiao] Resolved: " : "[Jixiao] ";
        }
        if (resolved) {
            return "【已解除】";
        }
        return notification.kind() == AlertKind.MILESTONE_DUE_SOON ? "【绩效提醒】" : "【绩效预警】";
    }

    /** The subject without its prefix: kind, project and the milestone or indicator. */
    private String headline(Notification notification, Locale locale) {
        boolean en = AlertLabels.english(locale);
        AlertFacts facts = facts(notification);
        StringBuilder text = new StringBuilder(AlertLabels.kind(notification.kind(), locale))
                .append(en ? ": " : "：").append(project(notification, en));
        switch (notification.kind()) {
            case MILESTONE_DUE_SOON, MILESTONE_OVERDUE -> {
                appendItem(text, facts.milestoneTitle());
                appendAside(text, due(notification, en), en);
            }
            case INDICATOR_OFF_TARGET -> {
                appendItem(text, facts.indicatorName());
                appendAside(text, present(facts.target()) ? (en ? "target " : "目标 ") + oneLine(facts.target()) : null,
                        en);
            }
            case TARGET_UNREADABLE -> {
                appendItem(text, facts.indicatorName());
                appendAside(text, present(facts.target())
                        ? (en ? "\"" + oneLine(facts.target()) + "\"" : "“" + oneLine(facts.target()) + "”") : null, en);
            }
            case MEASUREMENT_MISSING -> appendItem(text, facts.indicatorName());
            case BUDGET_EXECUTION_LAG -> {
                // the project is the subject; the numbers are in the body
            }
        }
        return text.toString();
    }

    private static void appendItem(StringBuilder text, String item) {
        if (present(item)) {
            text.append(" — ").append(oneLine(item));
        }
    }

    private static void appendAside(StringBuilder text, String aside, boolean en) {
        if (aside != null) {
            text.append(en ? " (" : "（").append(aside).append(en ? ")" : "）");
        }
    }

    /** {@code 截止 2025-11-30，已逾期 1 天}; days are left out once the alert is resolved. */
    private static String due(Notification notification, boolean en) {
        AlertFacts facts = facts(notification);
        String date = facts.due() == null ? null : (en ? "due " : "截止 ") + facts.due();
        String days = days(notification, en);
        if (date == null) {
            return days;
        }
        return days == null ? date : date + (en ? ", " : "，") + days;
    }

    private static String days(Notification notification, boolean en) {
        Integer days = facts(notification).days();
        if (days == null || notification.event() == NotificationEvent.RESOLVED) {
            return null;
        }
        return switch (notification.kind()) {
            case MILESTONE_OVERDUE -> en ? days + (days == 1 ? " day late" : " days late") : "已逾期 " + days + " 天";
            case MILESTONE_DUE_SOON -> {
                if (days == 0) {
                    yield en ? "today" : "今天到期";
                }
                yield en ? days + (days == 1 ? " day left" : " days left") : "还剩 " + days + " 天";
            }
            default -> null;
        };
    }

    private List<Field> fields(Notification notification, Locale locale) {
        boolean en = AlertLabels.english(locale);
        AlertFacts facts = facts(notification);
        List<Field> fields = new ArrayList<>();
        add(fields, en ? "Project" : "项目", project(notification, en));
        add(fields, en ? "Department" : "部门", department(facts, en));
        add(fields, en ? "Kind" : "类型", AlertLabels.kind(notification.kind(), locale));
        add(fields, en ? "Severity" : "级别", AlertLabels.severity(notification.severity(), locale));
        add(fields, en ? "Status" : "状态", AlertLabels.event(notification.event(), locale));
        add(fields, en ? "Milestone" : "里程碑", facts.milestoneTitle());
        if (facts.due() != null) {
            String days = days(notification, en);
            add(fields, en ? "Due" : "截止日期", facts.due() + (days == null ? "" : en ? " (" + days + ")" : "（" + days + "）"));
        }
        add(fields, en ? "Indicator" : "指标", facts.indicatorName());
        add(fields, en ? "Target" : "目标值", facts.target());
        add(fields, en ? "Detail" : "说明", Messages.render(facts.detail(), locale));
        add(fields, en ? "Fired at" : "触发时间", time(notification.firedAt()));
        add(fields, en ? "Resolved at" : "解除时间", time(notification.resolvedAt()));
        return fields;
    }

    private static void add(List<Field> fields, String label, String value) {
        if (present(value)) {
            fields.add(new Field(label, value.strip()));
        }
    }

    private String time(Instant instant) {
        return instant == null ? null : TIME.format(instant.atZone(zone));
    }

    private static String project(Notification notification, boolean en) {
        String name = facts(notification).projectName();
        return present(name) ? oneLine(name) : (en ? "project #" : "项目 #") + notification.projectId();
    }

    private static String department(AlertFacts facts, boolean en) {
        String name = present(facts.departmentName()) ? oneLine(facts.departmentName()) : null;
        String code = present(facts.departmentCode()) ? oneLine(facts.departmentCode()) : null;
        if (name == null) {
            return code;
        }
        return code == null ? name : name + (en ? " (" + code + ")" : "（" + code + "）");
    }

    private static String digestTitle(int count, Locale locale) {
        return AlertLabels.english(locale) ? "Jixiao digest: " + count + " alerts" : "绩效预警汇总：" + count + " 条";
    }

    private static String more(int count, Locale locale) {
        return AlertLabels.english(locale) ? "… and " + count + " more" : "…另有 " + count + " 条";
    }

    private static String footer(boolean en) {
        return en ? "Sent automatically by Jixiao; please do not reply." : "本消息由绩效监控系统自动发送，请勿直接回复。";
    }

    private static List<Notification> mostSevereFirst(List<Notification> notifications) {
        return notifications.stream()
                .sorted(Comparator.comparing(Notification::severity, Comparator.reverseOrder())).toList();
    }

    private static String clip(String text) {
        if (text.codePointCount(0, text.length()) <= DIGEST_LINE_CHARS) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, DIGEST_LINE_CHARS - 1)) + Utf8Text.ELLIPSIS;
    }

    private static AlertFacts facts(Notification notification) {
        return notification.facts() == null ? NO_FACTS : notification.facts();
    }

    private static void requireSome(List<Notification> notifications) {
        if (notifications == null || notifications.isEmpty()) {
            throw new IllegalArgumentException("no notifications to render");
        }
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** Line breaks in names would break a subject header or a markdown line, so all whitespace runs become a space. */
    static String oneLine(String text) {
        return text.strip().replaceAll("(?U)\\s+", " ");
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private record Field(String label, String value) {
    }
}
