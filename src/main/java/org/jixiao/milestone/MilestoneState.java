package org.jixiao.milestone;

/**
 * Where a milestone stands on a given day (domain §5): upcoming → due soon → overdue, or met, or waived.
 */
public enum MilestoneState {

    /** Not met, and its due date is further away than the earliest reminder. */
    UPCOMING,

    /** Not met, due within the reminder window (today up to and including the due date). */
    DUE_SOON,

    /** Not met, and the due date has passed. */
    OVERDUE,

    /** Completed, on time or late (see {@link MilestoneRules#onTime}). */
    MET,

    /** Released by a person, with a reason; no longer watched. */
    WAIVED

}
