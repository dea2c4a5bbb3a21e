package org.jixiao.round;

/** Where a report is in its workflow; see {@link ReportWorkflow}. */
public enum ReportState {
    /** Being filled in by the project's owner. */
    DRAFT,
    /** Handed in; waiting for the department's reviewer. */
    SUBMITTED,
    /** Sent back by the reviewer with comments; the owner revises it (which makes it a draft again). */
    RETURNED,
    /** Accepted and frozen: its figures are a snapshot. Only an administrator can reopen it. */
    APPROVED
}
