package org.jixiao.indicator.grammar;

import java.time.LocalDate;
import java.util.List;

/**
 * A recurring due date: how often, and the period ends inside the fiscal year (empty for days and weeks, which are
 * too many to be useful as milestones).
 */
public record Recurrence(Every every, List<LocalDate> dueDates) {

    public Recurrence {
        dueDates = (dueDates != null) ? List.copyOf(dueDates) : List.of();
    }

    /** The period a recurring target repeats in. */
    public enum Every {

        DAY, WEEK, MONTH, QUARTER, HALF_YEAR, YEAR

    }

}
