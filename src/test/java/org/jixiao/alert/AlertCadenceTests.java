package org.jixiao.alert;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AlertCadenceTests {

    private final AlertCadence cadence = new AlertCadence(List.of(30, 7, 3, 1), 7, 7, 7);

    @ParameterizedTest(name = "{0} days left: step {1}")
    @CsvSource({"30, 1", "29, 1", "8, 1", "7, 2", "4, 2", "3, 3", "2, 3", "1, 4", "0, 4"})
    void dueSoonClimbsOneStepPerReminderDay(int daysLeft, int step) {
        assertThat(cadence.step(AlertKind.MILESTONE_DUE_SOON, daysLeft)).isEqualTo(step);
    }

    @ParameterizedTest(name = "{0} days late: step {1}")
    @CsvSource({"1, 1", "2, 2", "7, 7", "8, 7", "13, 7", "14, 8", "20, 8", "21, 9", "70, 16"})
    void overdueRepeatsDailyForAWeekThenWeekly(int daysLate, int step) {
        assertThat(cadence.step(AlertKind.MILESTONE_OVERDUE, daysLate)).isEqualTo(step);
    }

    @Test
    void overdueMessagesGoOutOnTheDaysTheDomainNames() {
        List<Integer> days = new java.util.ArrayList<>();
        int last = 0;
        for (int late = 1; late <= 35; late++) {
            int step = cadence.step(AlertKind.MILESTONE_OVERDUE, late);
            if (step > last) {
                days.add(late);
                last = step;
            }
        }
        assertThat(days).containsExactly(1, 2, 3, 4, 5, 6, 7, 14, 21, 28, 35);
    }

    @Test
    void otherKindsAnnounceOnceWhenTheyFire() {
        for (AlertKind kind : List.of(AlertKind.INDICATOR_OFF_TARGET, AlertKind.BUDGET_EXECUTION_LAG,
                AlertKind.MEASUREMENT_MISSING, AlertKind.TARGET_UNREADABLE)) {
            assertThat(cadence.step(kind, 0)).as(kind.name()).isEqualTo(1);
            assertThat(cadence.step(kind, 40)).as(kind.name()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0} {1} days on {2}: {3}")
    @CsvSource({
            "MILESTONE_DUE_SOON, 30, 2025-06-01, INFO",
            "MILESTONE_DUE_SOON, 4, 2025-06-01, INFO",
            "MILESTONE_DUE_SOON, 3, 2025-06-01, WARNING",
            "MILESTONE_OVERDUE, 1, 2025-06-01, WARNING",
            "MILESTONE_OVERDUE, 7, 2025-06-01, WARNING",
            "MILESTONE_OVERDUE, 8, 2025-06-01, CRITICAL",
            "INDICATOR_OFF_TARGET, 0, 2025-06-01, WARNING",
            "BUDGET_EXECUTION_LAG, 0, 2025-09-30, WARNING",
            "BUDGET_EXECUTION_LAG, 0, 2025-10-01, CRITICAL",
            "MEASUREMENT_MISSING, 0, 2025-06-01, INFO",
            "TARGET_UNREADABLE, 0, 2025-06-01, INFO",
            "REPORT_DUE_SOON, 5, 2025-08-10, INFO",
            "REPORT_DUE_SOON, 3, 2025-08-12, WARNING",
            "REPORT_OVERDUE, 1, 2025-08-16, WARNING",
            "REPORT_OVERDUE, 8, 2025-08-23, CRITICAL",
            "REPORT_RETURNED, 0, 2025-08-12, WARNING",
            "REPORT_APPROVED, 0, 2025-08-12, INFO"})
    void severityGrowsWithLateness(AlertKind kind, int days, LocalDate today, Severity severity) {
        assertThat(cadence.severity(kind, days, today)).isEqualTo(severity);
    }

    @Test
    void onlyDueSoonAndApprovalsEndWithoutAResolvedMessage() {
        List<AlertKind> notices = List.of(AlertKind.MILESTONE_DUE_SOON, AlertKind.REPORT_DUE_SOON,
                AlertKind.REPORT_APPROVED);
        for (AlertKind kind : AlertKind.values()) {
            assertThat(cadence.announcesResolution(kind)).as(kind.name()).isEqualTo(!notices.contains(kind));
        }
    }

    @ParameterizedTest(name = "a report {0} days before its round is due: step {1}")
    @CsvSource({"30, 1", "7, 2", "5, 2", "3, 3", "1, 4", "0, 4"})
    void aReportDueSoonClimbsTheMilestonesReminderDays(int daysLeft, int step) {
        assertThat(cadence.step(AlertKind.REPORT_DUE_SOON, daysLeft)).isEqualTo(step)
                .isEqualTo(cadence.step(AlertKind.MILESTONE_DUE_SOON, daysLeft));
    }

    @Test
    void anOverdueReportIsRemindedOnTheDaysOfAnOverdueMilestone() {
        for (int late = 1; late <= 40; late++) {
            assertThat(cadence.step(AlertKind.REPORT_OVERDUE, late)).as(late + " days late")
                    .isEqualTo(cadence.step(AlertKind.MILESTONE_OVERDUE, late));
        }
    }

    @Test
    void aReturnedOrApprovedReportIsAnnouncedOnce() {
        for (AlertKind kind : List.of(AlertKind.REPORT_RETURNED, AlertKind.REPORT_APPROVED)) {
            assertThat(cadence.step(kind, 0)).as(kind.name()).isEqualTo(1);
            assertThat(cadence.step(kind, 40)).as(kind.name()).isEqualTo(1);
        }
    }

    @Test
    void refusesARepeatEveryZeroDays() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AlertCadence(List.of(30), 7, 0, 7))
                .withMessageContaining("repeatEveryDays");
    }
}
