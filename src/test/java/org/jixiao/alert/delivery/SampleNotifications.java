package org.jixiao.alert.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.alert.AlertFacts;
import org.jixiao.alert.AlertKind;
import org.jixiao.alert.NotificationEvent;
import org.jixiao.alert.Severity;
import org.jixiao.system.text.Message;

/** Notifications as the outbox would hold them, on 1 December 2025 at 09:00 in Beijing. */
final class SampleNotifications {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2025-12-01T01:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, SHANGHAI);
    static final String PUBLIC_URL = "https://jixiao.example.gov.cn";

    static final String PROJECT = "城乡供水一体化工程";
    static final String MILESTONE = "完成主管网铺设";
    static final LocalDate DUE = LocalDate.of(2025, 11, 30);

    private SampleNotifications() {
    }

    static Notification overdue() {
        return overdue(PROJECT, MILESTONE, 1);
    }

    static Notification overdue(String project, String milestone, int daysLate) {
        return new Notification(1001, 42, NotificationEvent.FIRING, AlertKind.MILESTONE_OVERDUE, Severity.CRITICAL, 12,
                new AlertFacts(project, "101001", "市水务局", milestone, DUE, daysLate, null, null,
                        Message.verbatim("里程碑已过截止日期仍未完成")), NOW, null);
    }

    static Notification dueSoon(int daysLeft) {
        return new Notification(1002, 43, NotificationEvent.FIRING, AlertKind.MILESTONE_DUE_SOON, Severity.WARNING, 12,
                new AlertFacts(PROJECT, "101001", "市水务局", "完成竣工验收", LocalDate.of(2025, 12, 10), daysLeft,
                        null, null, null), NOW, null);
    }

    static Notification offTarget() {
        return new Notification(1003, 44, NotificationEvent.FIRING, AlertKind.INDICATOR_OFF_TARGET, Severity.WARNING,
                12, new AlertFacts(PROJECT, "101001", "市水务局", null, null, null, "农村自来水普及率", "≥95%",
                        Message.of("light.direct.below", Message.of("unit.%", "71"), "≥95%")), NOW, null);
    }

    static final String ROUND = "2025年1-7月绩效运行监控";
    static final LocalDate ROUND_DUE = LocalDate.of(2025, 8, 15);
    static final long REPORT = 77;
    static final String RETURN_COMMENT = "整改措施请写明时间节点";

    /** A report alert as the check raises it; {@code days} only for due soon and overdue. */
    static Notification report(AlertKind kind, Severity severity, Integer days) {
        return new Notification(1004, 45, NotificationEvent.FIRING, kind, severity, 12, reportFacts(days,
                kind == AlertKind.REPORT_RETURNED ? Message.of("alert.detail.report-returned", RETURN_COMMENT) : null),
                NOW, null);
    }

    private static AlertFacts reportFacts(Integer days, Message detail) {
        return new AlertFacts(PROJECT, "101001", "市水务局", null, ROUND_DUE, days, null, null, detail, REPORT,
                ROUND);
    }

    static Notification resolved(Notification notification) {
        return new Notification(notification.deliveryId() + 1, notification.alertId(), NotificationEvent.RESOLVED,
                notification.kind(), notification.severity(), notification.projectId(), notification.facts(),
                notification.firedAt(), NOW.plusSeconds(3600));
    }

    /** Facts that fit the kind, as the check that raises it fills them in. */
    static Notification of(AlertKind kind, NotificationEvent event, Severity severity) {
        AlertFacts facts = switch (kind) {
            case MILESTONE_DUE_SOON -> new AlertFacts(PROJECT, "101001", "市水务局", MILESTONE, DUE, 3, null, null, null);
            case MILESTONE_OVERDUE -> new AlertFacts(PROJECT, "101001", "市水务局", MILESTONE, DUE, 5, null, null,
                    null);
            case INDICATOR_OFF_TARGET -> new AlertFacts(PROJECT, "101001", "市水务局", null, null, null, "农村自来水普及率",
                    "≥95%", Message.of("light.direct.below", Message.of("unit.%", "71"), "≥95%"));
            case BUDGET_EXECUTION_LAG -> new AlertFacts(PROJECT, "101001", "市水务局", null, null, null, null, null,
                    Message.of("alert.detail.budget-lag", Message.of("unit.%", "42.0"), Message.of("unit.%", "83.0")));
            case MEASUREMENT_MISSING -> new AlertFacts(PROJECT, "101001", "市水务局", null, null, null, "水质达标率", "100%",
                    Message.of("alert.detail.missing-since-measured", "25", "2025-10-27"));
            case TARGET_UNREADABLE -> new AlertFacts(PROJECT, "101001", "市水务局", null, null, null, "群众满意度",
                    "较好", Message.of("alert.detail.target-unreadable"));
            case REPORT_DUE_SOON -> reportFacts(3, null);
            case REPORT_OVERDUE -> reportFacts(2, null);
            case REPORT_RETURNED -> reportFacts(null, Message.of("alert.detail.report-returned", RETURN_COMMENT));
            case REPORT_APPROVED -> reportFacts(null, null);
        };
        return new Notification(2000 + kind.ordinal(), 500 + kind.ordinal(), event, kind, severity, 12, facts, NOW,
                event == NotificationEvent.RESOLVED ? NOW.plusSeconds(7200) : null);
    }

    /** {@code count} overdue milestones of different projects, with severities cycling through all three. */
    static List<Notification> many(int count, String nameSuffix) {
        List<Notification> notifications = new ArrayList<>();
        Severity[] severities = Severity.values();
        for (int i = 1; i <= count; i++) {
            notifications.add(new Notification(3000 + i, 600 + i, NotificationEvent.FIRING,
                    AlertKind.MILESTONE_OVERDUE, severities[i % severities.length], 100 + i,
                    new AlertFacts("第" + i + "号项目" + nameSuffix, "1010" + i, "市水务局", "第" + i + "号里程碑",
                            DUE, i, null, null, null), NOW, null));
        }
        return notifications;
    }
}
