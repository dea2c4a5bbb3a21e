package org.jixiao.alert.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jixiao.alert.AlertKind;
import org.jixiao.alert.AlertState;
import org.jixiao.alert.NotificationEvent;
import org.jixiao.alert.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MessageGroupingTests {

    private static final Instant NOW = Instant.parse("2025-12-01T01:00:00Z");

    private final MessageGrouping grouping = new MessageGrouping(Duration.ofSeconds(30), Duration.ofMinutes(5));

    @Test
    void alertsAreGroupedByDepartment() {
        assertThat(MessageGrouping.groupKey("102")).isEqualTo("{department=\"102\"}");
        assertThat(MessageGrouping.groupLabels("{department=\"102\"}")).isEqualTo(Map.of("department", "102"));
    }

    @Test
    void aGroupKeyReadsBackWhateverTheDepartmentCodeHoldsAndAnAbsentOneIsEmpty() {
        String odd = "10\"2\\x";
        assertThat(MessageGrouping.groupLabels(MessageGrouping.groupKey(odd))).containsEntry("department", odd);
        assertThat(MessageGrouping.groupKey(null)).isEqualTo("{department=\"\"}");
        assertThat(MessageGrouping.groupLabels("")).isEmpty();
    }

    @Test
    void theWebhookGroupKeyNamesTheSubscriptionAsAlertmanagerNamesTheRoute() {
        assertThat(MessageGrouping.webhookGroupKey(12L, MessageGrouping.groupKey("102")))
                .isEqualTo("{}/{subscription=\"12\"}:{department=\"102\"}");
        assertThat(MessageGrouping.webhookGroupKey(null, MessageGrouping.groupKey("102")))
                .isEqualTo("{}:{department=\"102\"}");
    }

    @Test
    void aNewGroupsFirstMessageWaitsTheGroupWait() {
        assertThat(grouping.firstDue(NOW, null)).isEqualTo(NOW.plusSeconds(30));
    }

    @Test
    void aGroupsNextMessageWaitsTheGroupIntervalAfterThePreviousOne() {
        Instant previous = NOW.minusSeconds(60);
        assertThat(grouping.firstDue(NOW, previous)).isEqualTo(previous.plus(Duration.ofMinutes(5)));
    }

    @Test
    void aGroupQuietForLongerThanItsIntervalWaitsOnlyTheGroupWait() {
        assertThat(grouping.firstDue(NOW, NOW.minus(Duration.ofHours(3)))).isEqualTo(NOW.plusSeconds(30));
        assertThat(grouping.firstDue(NOW, NOW.minus(Duration.ofSeconds(280)))).as("the later of the two")
                .isEqualTo(NOW.plusSeconds(30));
    }

    @Test
    void noWaitAndNoIntervalSendAtOnce() {
        MessageGrouping none = new MessageGrouping(Duration.ZERO, Duration.ZERO);
        assertThat(none.firstDue(NOW, NOW.minusSeconds(1))).isEqualTo(NOW);
    }

    @Test
    void refusesNegativeTimes() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MessageGrouping(Duration.ofSeconds(-1),
                Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> new MessageGrouping(Duration.ZERO,
                Duration.ofSeconds(-1)));
    }

    @Test
    void aMessageTellsEachAlertOnceAtItsLatestEvent() {
        Notification fired = notification(1, 7, NotificationEvent.FIRING, Severity.WARNING, "乙项目");
        Notification resolved = notification(5, 7, NotificationEvent.RESOLVED, Severity.WARNING, "乙项目");
        Notification other = notification(3, 8, NotificationEvent.FIRING, Severity.INFO, "甲项目");

        assertThat(MessageGrouping.contents(List.of(fired, other, resolved))).containsExactly(other, resolved);
    }

    @Test
    void firingAlertsComeFirstMostSevereFirstThenByProjectAndAlert() {
        Notification info = notification(1, 1, NotificationEvent.FIRING, Severity.INFO, "甲");
        Notification resolvedCritical = notification(2, 2, NotificationEvent.RESOLVED, Severity.CRITICAL, "甲");
        Notification criticalB = notification(3, 4, NotificationEvent.FIRING, Severity.CRITICAL, "乙");
        Notification criticalA = notification(4, 3, NotificationEvent.FIRING, Severity.CRITICAL, "甲");
        Notification criticalA2 = notification(5, 5, NotificationEvent.REMINDER, Severity.CRITICAL, "甲");

        assertThat(MessageGrouping.contents(List.of(info, resolvedCritical, criticalB, criticalA, criticalA2)))
                .containsExactly(criticalA, criticalA2, criticalB, info, resolvedCritical);
    }

    @Test
    void aDueSoonNoticeWhoseAlertEndedBeforeItWentIsLeftOutButAResolvedNoticeIsNot() {
        Notification dueSoon = SampleNotifications.dueSoon(1);
        Notification overdue = SampleNotifications.overdue();

        assertThat(MessageGrouping.outlived(dueSoon, AlertState.RESOLVED)).isTrue();
        assertThat(MessageGrouping.outlived(dueSoon, AlertState.FIRING)).isFalse();
        assertThat(MessageGrouping.outlived(dueSoon, AlertState.ACKNOWLEDGED)).isFalse();
        assertThat(MessageGrouping.outlived(overdue, AlertState.RESOLVED))
                .as("an overdue alert that resolved is told as such, by its own RESOLVED notice").isFalse();
        assertThat(MessageGrouping.outlived(SampleNotifications.resolved(overdue), AlertState.RESOLVED)).isFalse();
    }

    @Test
    void aReportDueSoonOrApprovalNoticeThatEndedIsLeftOutButAnOverdueOrReturnedReportIsNot() {
        for (AlertKind kind : List.of(AlertKind.REPORT_DUE_SOON, AlertKind.REPORT_APPROVED)) {
            assertThat(MessageGrouping.outlived(SampleNotifications.report(kind, Severity.INFO, 3),
                    AlertState.RESOLVED)).as(kind.name()).isTrue();
        }
        for (AlertKind kind : List.of(AlertKind.REPORT_OVERDUE, AlertKind.REPORT_RETURNED)) {
            assertThat(MessageGrouping.outlived(SampleNotifications.report(kind, Severity.WARNING, 1),
                    AlertState.RESOLVED)).as(kind.name()).isFalse();
        }
    }

    private static Notification notification(long delivery, long alert, NotificationEvent event, Severity severity,
            String project) {
        Notification sample = SampleNotifications.overdue(project, "里程碑 " + alert, 1);
        return new Notification(delivery, alert, event, AlertKind.MILESTONE_OVERDUE, severity, 12, sample.facts(),
                NOW, event == NotificationEvent.RESOLVED ? NOW.plusSeconds(60) : null);
    }
}
