package org.jixiao.monitoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jixiao.indicator.target.Target;

/**
 * The light of a deadline target, read off its milestone: overdue is red, due soon yellow, upcoming green, met green
 * (red when met late, since a late deadline scores nothing by default), waived none.
 */
final class DeadlineLight {

    private DeadlineLight() {
    }

    static Evaluation evaluate(Target target, MilestoneState state, LocalDate completedOn) {
        String printed = IndicatorLights.quoted(target);
        String due = (target.due() != null) ? target.due() + " (" + printed + ")" : printed;
        if (state == null) {
            return new Evaluation(Light.NONE, "no milestone state yet for the deadline " + printed);
        }
        return switch (state) {
            case WAIVED -> new Evaluation(Light.NONE, "waived: the deadline " + printed + " is no longer watched");
            case OVERDUE -> new Evaluation(Light.RED, "overdue: due " + due + " and not met");
            case DUE_SOON -> new Evaluation(Light.YELLOW, "due soon: due " + due + " and not met yet");
            case UPCOMING -> new Evaluation(Light.GREEN, "on track: due " + due);
            case MET -> met(target, due, completedOn);
        };
    }

    private static Evaluation met(Target target, String due, LocalDate completedOn) {
        if (completedOn == null || target.due() == null) {
            return new Evaluation(Light.GREEN, "met; no completion date was given to check against the due date " + due);
        }
        if (MilestoneRules.onTime(target.due(), completedOn)) {
            return new Evaluation(Light.GREEN, "met on time: completed " + completedOn + ", due " + due);
        }
        long late = ChronoUnit.DAYS.between(target.due(), completedOn);
        return new Evaluation(Light.RED, "met late: completed " + completedOn + ", " + late
                + ((late == 1) ? " day" : " days") + " after the due date " + due);
    }

}
