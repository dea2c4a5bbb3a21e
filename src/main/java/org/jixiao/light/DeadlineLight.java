package org.jixiao.light;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jixiao.indicator.grammar.Target;
import org.jixiao.milestone.MilestoneRules;
import org.jixiao.milestone.MilestoneState;

/**
 * The light of a deadline target, read off its milestone: overdue is red, due soon yellow, upcoming green, met green
 * (red when met late, since a late deadline scores nothing by default), waived none.
 */
final class DeadlineLight {

    private DeadlineLight() {
    }

    static Verdict evaluate(Target target, MilestoneState state, LocalDate completedOn) {
        String printed = IndicatorLights.quoted(target);
        String due = (target.due() != null) ? target.due() + " (" + printed + ")" : printed;
        if (state == null) {
            return new Verdict(Light.NONE, "no milestone state yet for the deadline " + printed);
        }
        return switch (state) {
            case WAIVED -> new Verdict(Light.NONE, "waived: the deadline " + printed + " is no longer watched");
            case OVERDUE -> new Verdict(Light.RED, "overdue: due " + due + " and not met");
            case DUE_SOON -> new Verdict(Light.YELLOW, "due soon: due " + due + " and not met yet");
            case UPCOMING -> new Verdict(Light.GREEN, "on track: due " + due);
            case MET -> met(target, due, completedOn);
        };
    }

    private static Verdict met(Target target, String due, LocalDate completedOn) {
        if (completedOn == null || target.due() == null) {
            return new Verdict(Light.GREEN, "met; no completion date was given to check against the due date " + due);
        }
        if (MilestoneRules.onTime(target.due(), completedOn)) {
            return new Verdict(Light.GREEN, "met on time: completed " + completedOn + ", due " + due);
        }
        long late = ChronoUnit.DAYS.between(target.due(), completedOn);
        return new Verdict(Light.RED, "met late: completed " + completedOn + ", " + late
                + ((late == 1) ? " day" : " days") + " after the due date " + due);
    }

}
