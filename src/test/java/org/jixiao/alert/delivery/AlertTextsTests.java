package org.jixiao.alert.delivery;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.alert.AlertFacts;
import org.jixiao.alert.AlertKind;
import org.jixiao.alert.NotificationEvent;
import org.jixiao.alert.Severity;
import org.jixiao.system.text.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.jixiao.alert.delivery.SampleNotifications.PROJECT;
import static org.jixiao.alert.delivery.SampleNotifications.PUBLIC_URL;
import static org.jixiao.alert.delivery.SampleNotifications.SHANGHAI;

class AlertTextsTests {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;

    private final AlertTexts texts = new AlertTexts(PUBLIC_URL + "/", SHANGHAI);
    private final AlertTexts withoutLinks = new AlertTexts("  ", SHANGHAI);

    @Test
    void chineseSubjectsNameTheProjectTheMilestoneAndTheDueDate() {
        assertThat(texts.subject(SampleNotifications.overdue(), ZH))
                .isEqualTo("【绩效预警】逾期：城乡供水一体化工程 — 完成主管网铺设（截止 2025-11-30，已逾期 1 天）");
        assertThat(texts.subject(SampleNotifications.dueSoon(9), ZH))
                .isEqualTo("【绩效提醒】即将到期：城乡供水一体化工程 — 完成竣工验收（截止 2025-12-10，还剩 9 天）");
        assertThat(texts.subject(SampleNotifications.dueSoon(0), ZH)).endsWith("（截止 2025-12-10，今天到期）");
        assertThat(texts.subject(SampleNotifications.resolved(SampleNotifications.overdue()), ZH))
                .isEqualTo("【已解除】逾期：城乡供水一体化工程 — 完成主管网铺设（截止 2025-11-30）");
    }

    @Test
    void englishSubjectsNameTheProjectTheMilestoneAndTheDueDate() {
        assertThat(texts.subject(SampleNotifications.overdue("Rural water", "Lay the mains", 1), EN))
                .isEqualTo("[Jixiao] Overdue: Rural water — Lay the mains (due 2025-11-30, 1 day late)");
        assertThat(texts.subject(SampleNotifications.overdue("Rural water", "Lay the mains", 3), EN))
                .endsWith("(due 2025-11-30, 3 days late)");
        assertThat(texts.subject(SampleNotifications.dueSoon(9), EN))
                .isEqualTo("[Jixiao] Due soon: 城乡供水一体化工程 — 完成竣工验收 (due 2025-12-10, 9 days left)");
        assertThat(texts.subject(SampleNotifications.resolved(SampleNotifications.overdue()), EN))
                .startsWith("[Jixiao] Resolved: Overdue: 城乡供水一体化工程").doesNotContain("late");
    }

    @Test
    void indicatorSubjectsNameTheIndicator() {
        assertThat(texts.subject(SampleNotifications.offTarget(), ZH))
                .isEqualTo("【绩效预警】指标偏离目标：城乡供水一体化工程 — 农村自来水普及率（目标 ≥95%）");
        assertThat(texts.subject(SampleNotifications.offTarget(), EN))
                .isEqualTo("[Jixiao] Indicator off target: 城乡供水一体化工程 — 农村自来水普及率 (target ≥95%)");
        assertThat(texts.subject(SampleNotifications.of(AlertKind.TARGET_UNREADABLE, NotificationEvent.FIRING,
                Severity.INFO), ZH)).isEqualTo("【绩效预警】目标值无法识别：城乡供水一体化工程 — 群众满意度（“较好”）");
        assertThat(texts.subject(SampleNotifications.of(AlertKind.BUDGET_EXECUTION_LAG, NotificationEvent.FIRING,
                Severity.WARNING), ZH)).isEqualTo("【绩效预警】预算执行滞后：城乡供水一体化工程");
    }

    @Test
    void subjectsStayOnOneLineWhateverTheNames() {
        Notification notification = SampleNotifications.overdue("第一期\r\n工程", "铺设\n管网", 2);

        assertThat(texts.subject(notification, ZH)).doesNotContain("\r", "\n").contains("第一期 工程 — 铺设 管网");
    }

    @Test
    void plainTextCarriesTheDetailsTheTimeInBeijingAndTheLink() {
        String text = texts.plainText(SampleNotifications.overdue(), ZH);

        assertThat(text).contains("项目：城乡供水一体化工程", "部门：市水务局（101001）", "类型：逾期", "级别：严重",
                "状态：触发", "里程碑：完成主管网铺设", "截止日期：2025-11-30（已逾期 1 天）", "说明：里程碑已过截止日期仍未完成",
                "触发时间：2025-12-01 09:00 +08:00", "详情：https://jixiao.example.gov.cn/api/v1/alerts/42");
        assertThat(texts.plainText(SampleNotifications.offTarget(), EN)).contains("Indicator: 农村自来水普及率",
                "Target: ≥95%", "Severity: Warning", "Fired at: 2025-12-01 09:00 +08:00");
        assertThat(withoutLinks.plainText(SampleNotifications.overdue(), ZH)).doesNotContain("详情", "http");
    }

    @Test
    void htmlEscapesEverythingFromTheData() {
        Notification hostile = new Notification(1, 7, NotificationEvent.FIRING, AlertKind.INDICATOR_OFF_TARGET,
                Severity.CRITICAL, 3, new AlertFacts("<script>alert('x')</script>", "<b>", "A & B \"局\"", null, null,
                        null, "<img src=x onerror=y>", "<95%", Message.verbatim("a\nb")), SampleNotifications.NOW,
                null);

        String html = texts.html(hostile, ZH);

        assertThat(html).doesNotContain("<script>", "<img", "<b>", "'x'", "\"局\"", "<95%")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "A &amp; B &quot;局&quot;",
                        "&lt;img src=x onerror=y&gt;", "&lt;95%", "a<br>b",
                        "<a href=\"https://jixiao.example.gov.cn/api/v1/alerts/7\">");
        assertThat(withoutLinks.html(hostile, ZH)).doesNotContain("<a ");
    }

    @Test
    void digestSaysHowManyItLeftOutAndNeverExceedsTheLimit() {
        List<Notification> thirty = SampleNotifications.many(30, "（二期扩建）");

        for (int maxBytes = 40; maxBytes <= 6000; maxBytes += 37) {
            for (Locale locale : List.of(ZH, EN)) {
                String markdown = texts.markdown(thirty, locale, maxBytes);
                String text = texts.plainText(thirty, locale, maxBytes);
                assertThat(bytes(markdown)).as("markdown within %d bytes", maxBytes).isLessThanOrEqualTo(maxBytes);
                assertThat(bytes(text)).as("text within %d bytes", maxBytes).isLessThanOrEqualTo(maxBytes);
            }
        }

        String markdown = texts.markdown(thirty, ZH, 1000);
        assertThat(markdown).startsWith("### 绩效预警汇总：30 条\n");
        long lines = markdown.lines().filter(line -> line.startsWith("- ")).count();
        assertThat(lines).isBetween(1L, 29L);
        assertThat(markdown).endsWith("…另有 " + (30 - lines) + " 条");

        String english = texts.plainText(thirty, EN, 800);
        assertThat(english).startsWith("Jixiao digest: 30 alerts\n");
        long numbered = english.lines().filter(line -> line.matches("\\d+\\. .*")).count();
        assertThat(english).endsWith("… and " + (30 - numbered) + " more");
    }

    @Test
    void digestThatFitsListsEveryAlertMostSevereFirst() {
        List<Notification> three = SampleNotifications.many(3, "");

        String markdown = withoutLinks.markdown(three, ZH, 4000);

        assertThat(markdown).doesNotContain("另有").contains("第1号项目", "第2号项目", "第3号项目");
        List<String> lines = markdown.lines().filter(line -> line.startsWith("- ")).toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("- **严重**");
        assertThat(lines.get(2)).startsWith("- **提示**");
        assertThat(texts.markdown(three, ZH, 4000))
                .contains("](https://jixiao.example.gov.cn/api/v1/alerts/601)");
    }

    @Test
    void aSingleAlertIsAShortMessageNotADigest() {
        String markdown = texts.markdown(List.of(SampleNotifications.overdue()), ZH, 4000);

        assertThat(markdown).startsWith("### 【绩效预警】逾期：城乡供水一体化工程").doesNotContain("汇总")
                .contains("**里程碑**：完成主管网铺设", "[查看预警详情](https://jixiao.example.gov.cn/api/v1/alerts/42)");
        assertThat(texts.title(List.of(SampleNotifications.overdue()), ZH))
                .isEqualTo(texts.subject(SampleNotifications.overdue(), ZH));
        assertThat(texts.title(SampleNotifications.many(4, ""), EN)).isEqualTo("Jixiao digest: 4 alerts");
        assertThat(bytes(texts.markdown(List.of(SampleNotifications.overdue()), ZH, 100))).isLessThanOrEqualTo(100);
    }

    @Test
    void reportSubjectsNameTheRoundAndItsDueDate() {
        assertThat(texts.subject(SampleNotifications.report(AlertKind.REPORT_DUE_SOON, Severity.INFO, 5), ZH))
                .isEqualTo("【绩效提醒】报告即将到期：城乡供水一体化工程 — 2025年1-7月绩效运行监控（截止 2025-08-15，还剩 5 天）");
        assertThat(texts.subject(SampleNotifications.report(AlertKind.REPORT_OVERDUE, Severity.WARNING, 1), ZH))
                .isEqualTo("【绩效预警】报告逾期未报：城乡供水一体化工程 — 2025年1-7月绩效运行监控（截止 2025-08-15，已逾期 1 天）");
        assertThat(texts.subject(SampleNotifications.report(AlertKind.REPORT_RETURNED, Severity.WARNING, null), ZH))
                .isEqualTo("【绩效预警】报告被退回：城乡供水一体化工程 — 2025年1-7月绩效运行监控（截止 2025-08-15）");
        assertThat(texts.subject(SampleNotifications.report(AlertKind.REPORT_APPROVED, Severity.INFO, null), ZH))
                .isEqualTo("【绩效通知】报告已审核通过：城乡供水一体化工程 — 2025年1-7月绩效运行监控");
        assertThat(texts.subject(SampleNotifications.report(AlertKind.REPORT_OVERDUE, Severity.WARNING, 2), EN))
                .isEqualTo("[Jixiao] Report overdue: 城乡供水一体化工程 — 2025年1-7月绩效运行监控 (due 2025-08-15, 2 days late)");
    }

    @Test
    void reportMessagesLinkToTheReportBesideTheAlert() {
        Notification returned = SampleNotifications.report(AlertKind.REPORT_RETURNED, Severity.WARNING, null);

        assertThat(texts.reportLink(returned)).contains(PUBLIC_URL + "/api/v1/reports/77");
        assertThat(texts.plainText(returned, ZH)).contains("轮次：2025年1-7月绩效运行监控",
                "报告：https://jixiao.example.gov.cn/api/v1/reports/77",
                "详情：https://jixiao.example.gov.cn/api/v1/alerts/45");
        assertThat(texts.plainText(returned, EN)).contains("Round: 2025年1-7月绩效运行监控",
                "Detail: returned with the comment: 整改措施请写明时间节点",
                "Report: https://jixiao.example.gov.cn/api/v1/reports/77");
        assertThat(texts.plainText(returned, ZH)).contains("说明：退回意见：整改措施请写明时间节点");
        assertThat(withoutLinks.plainText(returned, ZH)).doesNotContain("报告：", "http");
        assertThat(texts.reportLink(SampleNotifications.overdue())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void everyKindAndEventRendersInBothLanguages(String language) {
        Locale locale = Locale.forLanguageTag(language);
        List<Notification> all = new ArrayList<>();
        for (AlertKind kind : AlertKind.values()) {
            for (NotificationEvent event : NotificationEvent.values()) {
                for (Severity severity : Severity.values()) {
                    Notification notification = SampleNotifications.of(kind, event, severity);
                    all.add(notification);
                    String subject = texts.subject(notification, locale);
                    assertThat(subject).isNotBlank().contains(PROJECT).doesNotContain("null", "\n")
                            .contains(AlertLabels.kind(kind, locale));
                    assertThat(texts.plainText(notification, locale)).isNotBlank().contains(subject)
                            .contains(AlertLabels.severity(severity, locale), AlertLabels.event(event, locale))
                            .doesNotContain("null");
                    assertThat(texts.html(notification, locale)).isNotBlank().contains(PROJECT)
                            .doesNotContain("null");
                    assertThat(texts.markdown(List.of(notification), locale, 4096)).isNotBlank().contains(PROJECT)
                            .doesNotContain("null");
                }
            }
        }
        assertThat(texts.markdown(all, locale, 4096)).contains(String.valueOf(all.size())).doesNotContain("null");
        assertThat(texts.plainText(all, locale, 2048)).contains(String.valueOf(all.size())).doesNotContain("null");
    }

    @Test
    void labelsDifferBetweenLanguagesAndCoverEveryValue() {
        assertThat(Arrays.stream(AlertKind.values()).map(kind -> AlertLabels.kind(kind, ZH)))
                .containsExactly("即将到期", "逾期", "指标偏离目标", "预算执行滞后", "实际值缺失", "目标值无法识别",
                        "报告即将到期", "报告逾期未报", "报告被退回", "报告已审核通过");
        assertThat(Arrays.stream(Severity.values()).map(severity -> AlertLabels.severity(severity, ZH)))
                .containsExactly("提示", "警告", "严重");
        assertThat(Arrays.stream(Severity.values()).map(severity -> AlertLabels.severity(severity, EN)))
                .containsExactly("Info", "Warning", "Critical");
        assertThat(AlertLabels.english(Locale.forLanguageTag("en-GB"))).isTrue();
        assertThat(AlertLabels.english(Locale.forLanguageTag("zh-CN"))).isFalse();
    }

    @Test
    void alertsWithoutFactsStillNameTheirProject() {
        Notification bare = new Notification(1, 2, NotificationEvent.FIRING, AlertKind.MILESTONE_OVERDUE,
                Severity.WARNING, 77, null, SampleNotifications.NOW, null);

        assertThat(texts.subject(bare, ZH)).isEqualTo("【绩效预警】逾期：项目 #77");
        assertThat(texts.subject(bare, EN)).isEqualTo("[Jixiao] Overdue: project #77");
        assertThat(texts.plainText(bare, ZH)).doesNotContain("null");
    }

    /** Names taken from the data are shown as printed, in whatever language they are written. */
    private static final List<String> NAMES = List.of(PROJECT, "市水务局", SampleNotifications.MILESTONE, "农村自来水普及率",
            "水质达标率", "群众满意度", "较好", "≥95%", "100%", SampleNotifications.ROUND,
            SampleNotifications.RETURN_COMMENT);

    /** An English word (three or more Latin letters) in a Chinese message, links and markup aside. */
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{3,}");

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    static List<Notification> everyKindAndEvent() {
        List<Notification> all = new ArrayList<>();
        for (AlertKind kind : AlertKind.values()) {
            for (NotificationEvent event : NotificationEvent.values()) {
                all.add(SampleNotifications.of(kind, event, Severity.WARNING));
            }
        }
        return all;
    }

    /** Every text a subscriber of one language can receive about one alert: mail, webhook, robots. */
    private List<String> everything(Notification notification, Locale locale) {
        return List.of(texts.subject(notification, locale), texts.plainText(notification, locale),
                texts.html(notification, locale).replaceAll("<[^>]*>", " "),
                texts.markdown(List.of(notification), locale, 4096),
                texts.plainText(List.of(notification, SampleNotifications.offTarget()), locale, 4096),
                texts.markdown(List.of(notification, SampleNotifications.offTarget()), locale, 4096));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindAndEvent")
    void aChineseMessageHasNoEnglishWordsBeyondNamesAndLinks(Notification notification) {
        for (String text : everything(notification, ZH)) {
            String words = text.replaceAll("https?://\\S+", " ");
            Matcher english = ENGLISH_WORD.matcher(words);
            assertThat(english.find() ? english.group() : null).as(text).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindAndEvent")
    void anEnglishMessageHasNoChineseBeyondNames(Notification notification) {
        for (String text : everything(notification, EN)) {
            String words = text;
            for (String name : NAMES) {
                words = words.replace(name, " ");
            }
            Matcher chinese = HAN.matcher(words);
            assertThat(chinese.find() ? chinese.group() : null).as(text).isNull();
        }
    }

    @Test
    void theDetailFollowsTheSubscribersLanguageInTheUnitOfTheTarget() {
        Notification offTarget = SampleNotifications.offTarget();

        assertThat(texts.plainText(offTarget, ZH)).contains("说明：71%，低于目标值 ≥95%");
        assertThat(texts.plainText(offTarget, EN)).contains("Detail: 71% is below the target ≥95%");
    }

    @Test
    void truncationKeepsWholeCharacters() {
        String cut = Utf8Text.truncate("😀😀😀绩效", 9);

        assertThat(cut).isEqualTo("😀…");
        assertThat(bytes(cut)).isLessThanOrEqualTo(9);
        Matcher lone = Pattern.compile("[\\uD800-\\uDFFF]").matcher(Utf8Text.truncate("a😀", 4));
        assertThat(lone.results().count()).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> texts.markdown(List.of(), ZH, 100));
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
