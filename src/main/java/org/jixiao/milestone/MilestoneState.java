package org.jixiao.milestone;

import java.util.List;
import java.util.stream.Collectors;

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
    WAIVED;

    private static final List<MilestoneState> OPEN = List.of(UPCOMING, DUE_SOON, OVERDUE);

    /** Whether the milestone is still watched: neither met nor waived. */
    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** The open states, as a SQL list for {@code state in (...)}: {@code 'UPCOMING', 'DUE_SOON', 'OVERDUE'}. */
    public static String openAsSqlList() {
        return OPEN.stream().map(state -> "'" + state.name() + "'").collect(Collectors.joining(", "));
    }
}
