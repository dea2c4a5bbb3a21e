package org.jixiao.round;

import java.util.Optional;

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
    public static String refusal(ReportState state, ReportAction action) {
        return switch (state) {
            case DRAFT, RETURNED -> "the report is " + words(state) + ": it must be submitted before it can be "
                    + (action == ReportAction.REOPEN ? "approved and reopened" : "reviewed");
            case SUBMITTED -> "the report is submitted and waits for review: it cannot be "
                    + (action == ReportAction.REOPEN ? "reopened" : "changed") + " until it is returned or approved";
            case APPROVED -> "the report is approved and frozen: an administrator must reopen it first";
        };
    }

    private static String words(ReportState state) {
        return state.name().toLowerCase(java.util.Locale.ROOT);
    }
}
