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
import java.util.function.Supplier;

import org.jixiao.alert.AlertFacts;
import org.jixiao.alert.AlertKind;
import org.jixiao.alert.NotificationEvent;
import org.jixiao.system.text.Messages;

/**
 * What messages about alerts say, in Chinese (the default) or English, every word from the message bundles (the
 * detail too, rendered from its message): a subject, a plain-text and an HTML body for mail, and markdown or text for
 * chat robots, where several alerts become one digest that fits the robot's size limit.
 * Everything taken from the data is put on one line where a line break would change the layout, and escaped in HTML.
 */
public final class AlertTexts {

    /** A digest line longer than this (characters) is cut, so that one long name cannot crowd out the others. */
    private static final int DIGEST_LINE_CHARS = 200;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    private static final AlertFacts NO_FACTS = new AlertFacts(null, null, null, null, null, null, null, null, null,
            null, null);

    private final Supplier<String> publicUrl;
    private final ZoneId zone;

    /**
     * @param publicUrl where users reach this service (links in messages point there); blank for no links
     * @param zone the zone in which times are printed (Asia/Shanghai)
     */
    public AlertTexts(String publicUrl, ZoneId zone) {
        this(() -> publicUrl, zone);
    }

    /**
     * @param publicUrl asked each time a message is written: the service's own address is known only once its server
     *        listens (see {@code PublicAddress})
     */
    public AlertTexts(Supplier<String> publicUrl, ZoneId zone) {
        this.publicUrl = Objects.requireNonNull(publicUrl, "publicUrl");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The public base URL without a trailing slash, or empty when none is configured. */
    public String publicUrl() {
        String url = publicUrl.get() == null ? "" : publicUrl.get().strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }

    /** The alert in the API, when a public URL is configured. */
    public Optional<String> link(Notification notification) {
        return link("/api/v1/alerts/" + notification.alertId());
    }

    /** The report a report alert is about, in the API, when a public URL is configured. */
    public Optional<String> reportLink(Notification notification) {
        Long report = facts(notification).reportId();
        return report == null ? Optional.empty() : link("/api/v1/reports/" + report);
    }

    /** A page of the service, e.g. {@code /api/v1/alerts?department=102}, when a public URL is configured. */
    public Optional<String> link(String path) {
        String base = publicUrl();
        return base.isEmpty() ? Optional.empty() : Optional.of(base + path);
    }

    /** One line naming the project and what is wrong, e.g. {@code 【绩效预警】逾期：项目 — 里程碑（截止 2025-11-30，已逾期 1 天）}. */
    public String subject(Notification notification, Locale locale) {
        return prefix(notification, AlertLabels.english(locale), headline(notification, locale));
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
            text.append(words(en, "alert.field-line", field.label(), field.value())).append('\n');
        }
        link(notification).ifPresent(url -> text.append(words(en, "alert.link-line", url)).append('\n'));
        text.append('\n').append(footer(en)).append('\n');
        return text.toString();
    }

    public String html(Notification notification, Locale locale) {
        boolean en = AlertLabels.english(locale);
        String subject = escape(subject(notification, locale));
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(words(en, "alert.html-lang"))
                .append("\">\n<head><meta charset=\"UTF-8\"><title>").append(subject).append("</title></head>\n")
                .append("<body style=\"font-family: sans-serif\">\n<h2>").append(subject).append("</h2>\n")
                .append("<table cellpadding=\"4\">\n");
        for (Field field : fields(notification, locale)) {
            html.append("<tr><th align=\"left\" valign=\"top\">").append(escape(field.label())).append("</th><td>")
                    .append(escape(field.value()).replace("\n", "<br>")).append("</td></tr>\n");
        }
        html.append("</table>\n");
        link(notification).ifPresent(url -> html.append("<p><a href=\"").append(escape(url)).append("\">")
                .append(escape(words(en, "alert.open"))).append("</a></p>\n"));
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
            text.append("- ").append(words(en, "alert.field-line", "**" + field.label() + "**",
                    oneLine(field.value()))).append('\n');
        }
        link(notification).ifPresent(url -> text.append('\n').append('[')
                .append(words(en, "alert.open")).append("](").append(url).append(")\n"));
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
        return words(en, "alert.digest-line", severity, resolved + headline) + link.map(url -> " " + url).orElse("");
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

    /**
     * The subject around its headline: {@code 【绩效预警】…}, {@code 【绩效提醒】…} for a deadline ahead,
     * {@code 【绩效通知】…} for an approval, {@code 【已解除】…}.
     */
    private static String prefix(Notification notification, boolean en, String headline) {
        if (notification.event() == NotificationEvent.RESOLVED) {
            return words(en, "alert.subject.resolved", headline);
        }
        if (notification.kind() == AlertKind.REPORT_APPROVED) {
            return words(en, "alert.subject.notice", headline);
        }
        return words(en, notification.kind().isNotice() ? "alert.subject.reminder" : "alert.subject.warning",
                headline);
    }

    /** The subject without its prefix: kind, project and the milestone, indicator or round. */
    private String headline(Notification notification, Locale locale) {
        boolean en = AlertLabels.english(locale);
        AlertFacts facts = facts(notification);
        StringBuilder text = new StringBuilder(words(en, "alert.headline",
                AlertLabels.kind(notification.kind(), locale), project(notification, en)));
        switch (notification.kind()) {
            case MILESTONE_DUE_SOON, MILESTONE_OVERDUE -> {
                appendItem(text, facts.milestoneTitle());
                appendAside(text, due(notification, en), en);
            }
            case INDICATOR_OFF_TARGET -> {
                appendItem(text, facts.indicatorName());
                appendAside(text, present(facts.target()) ? words(en, "alert.target", oneLine(facts.target())) : null,
                        en);
            }
            case TARGET_UNREADABLE -> {
                appendItem(text, facts.indicatorName());
                appendAside(text, present(facts.target())
                        ? words(en, "alert.quoted", oneLine(facts.target())) : null, en);
            }
            case MEASUREMENT_MISSING -> appendItem(text, facts.indicatorName());
            case REPORT_DUE_SOON, REPORT_OVERDUE, REPORT_RETURNED -> {
                appendItem(text, facts.roundTitle());
                appendAside(text, due(notification, en), en);
            }
            case REPORT_APPROVED -> appendItem(text, facts.roundTitle());
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

    /** The bundle's words for {@code key}, in English or in Chinese. */
    private static String words(boolean en, String key, Object... args) {
        return Messages.text(key, en ? Messages.ENGLISH : Messages.CHINESE, args);
    }

    private static void appendAside(StringBuilder text, String aside, boolean en) {
        if (aside != null) {
            String before = text.toString();
            text.setLength(0);
            text.append(words(en, "alert.aside", before, aside));
        }
    }

    /** {@code 截止 2025-11-30，已逾期 1 天}; days are left out once the alert is resolved. */
    private static String due(Notification notification, boolean en) {
        AlertFacts facts = facts(notification);
        String date = facts.due() == null ? null : words(en, "alert.due", facts.due());
        String days = days(notification, en);
        if (date == null) {
            return days;
        }
        return days == null ? date : words(en, "list.pair", date, days);
    }

    private static String days(Notification notification, boolean en) {
        Integer days = facts(notification).days();
        if (days == null || notification.event() == NotificationEvent.RESOLVED) {
            return null;
        }
        return switch (notification.kind()) {
            case MILESTONE_OVERDUE, REPORT_OVERDUE -> words(en, "alert.days.late", days);
            case MILESTONE_DUE_SOON, REPORT_DUE_SOON -> {
                if (days == 0) {
                    yield words(en, "alert.days.today");
                }
                yield words(en, "alert.days.left", days);
            }
            default -> null;
        };
    }

    /** The labelled details of one alert, as its own message lists them; for the group message too. */
    List<Field> fields(Notification notification, Locale locale) {
        boolean en = AlertLabels.english(locale);
        AlertFacts facts = facts(notification);
        List<Field> fields = new ArrayList<>();
        add(fields, words(en, "alert.field.project"), project(notification, en));
        add(fields, words(en, "alert.field.department"), department(facts, en));
        add(fields, words(en, "alert.field.kind"), AlertLabels.kind(notification.kind(), locale));
        add(fields, words(en, "alert.field.severity"), AlertLabels.severity(notification.severity(), locale));
        add(fields, words(en, "alert.field.status"), AlertLabels.event(notification.event(), locale));
        add(fields, words(en, "alert.field.milestone"), facts.milestoneTitle());
        add(fields, words(en, "alert.field.round"), facts.roundTitle());
        if (facts.due() != null) {
            String days = days(notification, en);
            add(fields, words(en, "alert.field.due"), days == null ? facts.due().toString()
                    : words(en, "alert.aside", facts.due(), days));
        }
        add(fields, words(en, "alert.field.indicator"), facts.indicatorName());
        add(fields, words(en, "alert.field.target"), facts.target());
        add(fields, words(en, "alert.field.detail"), Messages.render(facts.detail(), locale));
        add(fields, words(en, "alert.field.fired-at"), time(notification.firedAt()));
        add(fields, words(en, "alert.field.resolved-at"), time(notification.resolvedAt()));
        add(fields, words(en, "alert.field.report"), reportLink(notification).orElse(null));
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
        return present(name) ? oneLine(name) : words(en, "alert.project-id", notification.projectId());
    }

    static String department(AlertFacts facts, boolean en) {
        String name = present(facts.departmentName()) ? oneLine(facts.departmentName()) : null;
        String code = present(facts.departmentCode()) ? oneLine(facts.departmentCode()) : null;
        if (name == null) {
            return code;
        }
        return code == null ? name : words(en, "alert.aside", name, code);
    }

    private static String digestTitle(int count, Locale locale) {
        return Messages.text("alert.digest", locale, count);
    }

    private static String more(int count, Locale locale) {
        return Messages.text("alert.more", locale, count);
    }

    static String footer(boolean en) {
        return words(en, "alert.footer");
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

    record Field(String label, String value) {
    }
}
