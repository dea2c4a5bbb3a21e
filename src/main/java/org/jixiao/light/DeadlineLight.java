package org.jixiao.light;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jixiao.indicator.grammar.Target;
import org.jixiao.milestone.MilestoneRules;
import org.jixiao.milestone.MilestoneState;
import org.jixiao.system.text.Message;

/**
 * The light of a deadline target, read off its milestone: overdue is red, due soon yellow, upcoming green, met green
 * (red when met late, since a late deadline scores nothing by default), waived none.
 */
final class DeadlineLight {

    private DeadlineLight() {
    }

    static Verdict evaluate(Target target, MilestoneState state, LocalDate completedOn) {
        Object printed = IndicatorLights.quoted(target);
        Object due = (target.due() != null) ? Message.of("light.deadline.due", target.due(), printed) : printed;
        if (state == null) {
            return new Verdict(Light.NONE, Message.of("light.deadline.no-state", printed));
        }
        return switch (state) {
            case WAIVED -> new Verdict(Light.NONE, Message.of("light.deadline.waived", printed));
            case OVERDUE -> new Verdict(Light.RED, Message.of("light.deadline.overdue", due));
            case DUE_SOON -> new Verdict(Light.YELLOW, Message.of("light.deadline.due-soon", due));
            case UPCOMING -> new Verdict(Light.GREEN, Message.of("light.deadline.upcoming", due));
            case MET -> met(target, due, completedOn);
        };
    }

    private static Verdict met(Target target, Object due, LocalDate completedOn) {
        if (completedOn == null || target.due() == null) {
            return new Verdict(Light.GREEN, Message.of("light.deadline.met-unchecked", due));
        }
        if (MilestoneRules.onTime(target.due(), completedOn)) {
            return new Verdict(Light.GREEN, Message.of("light.deadline.met-on-time", completedOn, due));
        }
        long late = ChronoUnit.DAYS.between(target.due(), completedOn);
        // The count comes first, so the English bundle can say "1 day" and "5 days".
        return new Verdict(Light.RED, Message.of("light.deadline.met-late", late, completedOn, due));
    }

}
