package org.jixiao.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jixiao.indicator.target.BeforeMonthReading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Milestone states and reminders (domain §5) at every boundary, around a due date of 2025-10-31 (from 10月). */
class MilestoneRulesTests {

    private static final LocalDate DUE = LocalDate.of(2025, 10, 31);

    private static final RulePack CENTRAL = RulePack.central();

    @ParameterizedTest(name = "today = due {0} days, completed {1}, waived {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -60 | -          | false | UPCOMING
            -31 | -          | false | UPCOMING
            -30 | -          | false | DUE_SOON
            -7  | -          | false | DUE_SOON
            -1  | -          | false | DUE_SOON
            0   | -          | false | DUE_SOON
            1   | -          | false | OVERDUE
            90  | -          | false | OVERDUE
            -40 | 2025-09-01 | false | MET
            10  | 2025-10-31 | false | MET
            10  | 2025-11-05 | false | MET
            -40 | -          | true  | WAIVED
            5   | -          | true  | WAIVED
            5   | 2025-11-01 | true  | WAIVED
            """)
    void stateAtEachBoundary(int daysFromDue, LocalDate completedOn, boolean waived, MilestoneState expected) {
        assertThat(MilestoneRules.state(DUE, completedOn, waived, DUE.plusDays(daysFromDue), CENTRAL))
                .isEqualTo(expected);
    }

    @Test
    void theDueSoonWindowFollowsThePack() {
        RulePack fortnight = new RulePack("fortnight", List.of(14, 2), BigDecimal.valueOf(60), BigDecimal.valueOf(80),
                BigDecimal.valueOf(60), BigDecimal.valueOf(80), BigDecimal.valueOf(120),
                BeforeMonthReading.PREVIOUS_MONTH_END);
        assertThat(MilestoneRules.state(DUE, null, false, DUE.minusDays(15), fortnight))
                .isEqualTo(MilestoneState.UPCOMING);
        assertThat(MilestoneRules.state(DUE, null, false, DUE.minusDays(14), fortnight))
                .isEqualTo(MilestoneState.DUE_SOON);
    }

    @ParameterizedTest(name = "completed {0} → on time {1}")
    @CsvSource(nullValues = "-", textBlock = """
            2025-01-02, true
            2025-10-30, true
            2025-10-31, true
            2025-11-01, false
            2026-01-15, false
            -,          false
            """)
    void onTimeMeansOnOrBeforeTheDueDate(LocalDate completedOn, boolean onTime) {
        assertThat(MilestoneRules.onTime(DUE, completedOn)).isEqualTo(onTime);
    }

    @ParameterizedTest(name = "today = due {0} days → reminders {1}")
    @CsvSource(delimiter = '|', textBlock = """
            -60 | ''
            -31 | ''
            -30 | 30
            -8  | 30
            -7  | 30,7
            -6  | 30,7
            -3  | 30,7,3
            -2  | 30,7,3
            -1  | 30,7,3,1
            0   | 30,7,3,1
            4   | 30,7,3,1
            """)
    void remindersReachedSoFar(int daysFromDue, String expected) {
        List<Integer> reminders = MilestoneRules.remindersDue(DUE, DUE.plusDays(daysFromDue), CENTRAL);
        List<Integer> wanted = expected.isEmpty() ? List.of()
                : java.util.Arrays.stream(expected.split(",")).map(Integer::valueOf).toList();
        assertThat(reminders).isEqualTo(wanted);
    }

}
