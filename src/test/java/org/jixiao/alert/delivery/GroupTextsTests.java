package org.jixiao.alert.delivery;

import java.util.List;
import java.util.Locale;

import org.jixiao.alert.AlertKind;
import org.jixiao.alert.NotificationEvent;
import org.jixiao.alert.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.alert.delivery.SampleNotifications.PUBLIC_URL;
import static org.jixiao.alert.delivery.SampleNotifications.SHANGHAI;

/** Report alerts in a department's message: counted like milestones, as reminders while nothing is wrong yet. */
class GroupTextsTests {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final GroupTexts texts = new GroupTexts(new AlertTexts(PUBLIC_URL, SHANGHAI));

    @Test
    void reportsDueSoonAndApprovalsAreRemindersInTheGroupsSubject() {
        GroupMessage message = group(report(1, AlertKind.REPORT_DUE_SOON, Severity.INFO, 5),
                report(2, AlertKind.REPORT_DUE_SOON, Severity.INFO, 5),
                report(3, AlertKind.REPORT_APPROVED, Severity.INFO, null));

        assertThat(texts.subject(message, ZH)).isEqualTo("【绩效提醒】市水务局（101001）：3 条提醒");
        assertThat(texts.plainText(message, ZH)).contains("1. 【绩效提醒】报告即将到期", "【绩效通知】报告已审核通过",
                "轮次：2025年1-7月绩效运行监控", "报告：" + PUBLIC_URL + "/api/v1/reports/77");
    }

    @Test
    void anOverdueOrReturnedReportMakesTheGroupAWarning() {
        GroupMessage message = group(report(1, AlertKind.REPORT_OVERDUE, Severity.WARNING, 1),
                report(2, AlertKind.REPORT_RETURNED, Severity.WARNING, null),
                report(3, AlertKind.REPORT_DUE_SOON, Severity.INFO, 5));

        assertThat(texts.subject(message, ZH)).isEqualTo("【绩效预警】市水务局（101001）：3 条预警");
        assertThat(texts.html(message, ZH)).contains("报告逾期未报", "报告被退回", "2025年1-7月绩效运行监控");
    }

    private static Notification report(long alert, AlertKind kind, Severity severity, Integer days) {
        Notification sample = SampleNotifications.report(kind, severity, days);
        return new Notification(9000 + alert, alert, NotificationEvent.FIRING, kind, severity, 12, sample.facts(),
                sample.firedAt(), null);
    }

    private static GroupMessage group(Notification... notifications) {
        return new GroupMessage("jixiao-delivery-1", 5L, MessageGrouping.groupKey("101001"),
                MessageGrouping.contents(List.of(notifications)));
    }
}
