package org.jixiao.round;

import java.util.Optional;

import org.jixiao.system.text.Message;

/**
 * The states of a report (DRAFT → SUBMITTED → APPROVED, or SUBMITTED → RETURNED → DRAFT) as a plain rule. Saving is
 * allowed while the owner holds the report; a save of a returned report makes it a draft again. Only an approved
 * report can be reopened, and it becomes a draft.
 */
public final class ReportWorkflow {

    private ReportWorkflow() {
    }

    /** The state the action leads to, or empty when the action is not possible in this state. */
    public static Optional<ReportState> next(ReportState state, ReportAction action) {
        ReportState next = switch (action) {
            case SAVE -> state == ReportState.DRAFT || state == ReportState.RETURNED ? ReportState.DRAFT : null;
            case SUBMIT -> state == ReportState.DRAFT || state == ReportState.RETURNED ? ReportState.SUBMITTED : null;
            case RETURN -> state == ReportState.SUBMITTED ? ReportState.RETURNED : null;
            case APPROVE -> state == ReportState.SUBMITTED ? ReportState.APPROVED : null;
            case REOPEN -> state == ReportState.APPROVED ? ReportState.DRAFT : null;
        };
        return Optional.ofNullable(next);
    }

    /** Why the action is not possible in this state, for a person. */
    public static Message refusal(ReportState state, ReportAction action) {
        return switch (state) {
            case DRAFT, RETURNED -> Message.of(action == ReportAction.REOPEN
                    ? "problem.report.refusal.unsubmitted-reopen" : "problem.report.refusal.unsubmitted-review",
                    words(state));
            case SUBMITTED -> Message.of(action == ReportAction.REOPEN
                    ? "problem.report.refusal.submitted-reopen" : "problem.report.refusal.submitted-change");
            case APPROVED -> Message.of("problem.report.refusal.approved");
        };
    }

    private static Message words(ReportState state) {
        return Message.of("problem.report.state." + state.name().toLowerCase(java.util.Locale.ROOT));
    }
}
