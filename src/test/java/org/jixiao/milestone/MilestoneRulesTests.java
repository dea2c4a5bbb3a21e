package org.jixiao.milestone;

import java.time.LocalDate;

import org.jixiao.light.RulePack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Milestone states (domain §5) at every boundary, around a due date of 2025-10-31 (from 10月). */
class MilestoneRulesTests {

    private static final LocalDate DUE = LocalDate.of(2025, 10, 31);

    private static final DueSoonWindow CENTRAL = new DueSoonWindow(RulePack.central().dueSoonDays());

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
    void theDueSoonWindowIsConfigurable() {
        DueSoonWindow fortnight = new DueSoonWindow(14);
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

}
