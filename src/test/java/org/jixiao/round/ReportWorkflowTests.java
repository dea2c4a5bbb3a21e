package org.jixiao.round;

import java.util.Optional;
import java.util.stream.Stream;

import org.jixiao.system.text.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.round.ReportAction.APPROVE;
import static org.jixiao.round.ReportAction.REOPEN;
import static org.jixiao.round.ReportAction.RETURN;
import static org.jixiao.round.ReportAction.SAVE;
import static org.jixiao.round.ReportAction.SUBMIT;
import static org.jixiao.round.ReportState.APPROVED;
import static org.jixiao.round.ReportState.DRAFT;
import static org.jixiao.round.ReportState.RETURNED;
import static org.jixiao.round.ReportState.SUBMITTED;

/** Every state against every action: the table below is the whole workflow. */
class ReportWorkflowTests {

    static Stream<Arguments> everyStateAndAction() {
        return Stream.of(
                Arguments.of(DRAFT, SAVE, DRAFT),
                Arguments.of(DRAFT, SUBMIT, SUBMITTED),
                Arguments.of(DRAFT, RETURN, null),
                Arguments.of(DRAFT, APPROVE, null),
                Arguments.of(DRAFT, REOPEN, null),
                Arguments.of(SUBMITTED, SAVE, null),
                Arguments.of(SUBMITTED, SUBMIT, null),
                Arguments.of(SUBMITTED, RETURN, RETURNED),
                Arguments.of(SUBMITTED, APPROVE, APPROVED),
                Arguments.of(SUBMITTED, REOPEN, null),
                Arguments.of(RETURNED, SAVE, DRAFT),
                Arguments.of(RETURNED, SUBMIT, SUBMITTED),
                Arguments.of(RETURNED, RETURN, null),
                Arguments.of(RETURNED, APPROVE, null),
                Arguments.of(RETURNED, REOPEN, null),
                Arguments.of(APPROVED, SAVE, null),
                Arguments.of(APPROVED, SUBMIT, null),
                Arguments.of(APPROVED, RETURN, null),
                Arguments.of(APPROVED, APPROVE, null),
                Arguments.of(APPROVED, REOPEN, DRAFT));
    }

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @MethodSource("everyStateAndAction")
    void theWorkflowAllowsExactlyTheseTransitions(ReportState from, ReportAction action, ReportState to) {
        assertThat(ReportWorkflow.next(from, action)).isEqualTo(Optional.ofNullable(to));
        if (to == null) {
            assertThat(Messages.render(ReportWorkflow.refusal(from, action), Messages.ENGLISH)).isNotBlank()
                    .doesNotContain("problem.");
        }
    }

    @org.junit.jupiter.api.Test
    void theTableCoversEveryPair() {
        assertThat(everyStateAndAction().count())
                .isEqualTo((long) ReportState.values().length * ReportAction.values().length);
    }
}
