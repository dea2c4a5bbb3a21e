package org.jixiao.light;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jixiao.system.text.Message;

/**
 * A project's light (domain §5): the worst of its budget execution and its indicators.
 */
public final class ProjectLights {

    private ProjectLights() {
    }

    /**
     * The worst light, with a reason counting the indicators by light and naming the budget light.
     * @param budget the budget execution light; {@code null} when it was not judged
     * @param indicators the lights of the annual indicators; {@code null} counts as none
     */
    public static Verdict combine(Verdict budget, List<Verdict> indicators) {
        List<Verdict> all = (indicators != null) ? indicators : List.of();
        Map<Light, Integer> counts = new EnumMap<>(Light.class);
        List<Light> lights = new ArrayList<>();
        for (Verdict indicator : all) {
            Light light = (indicator != null) ? indicator.light() : Light.NONE;
            counts.merge(light, 1, Integer::sum);
            lights.add(light);
        }
        Light budgetLight = (budget != null) ? budget.light() : Light.NONE;
        lights.add(budgetLight);
        Light worst = Light.worst(lights);
        return new Verdict(worst, Message.of("light.project", words(worst), indicatorWords(all.size(), counts),
                (budget != null) ? words(budgetLight) : Message.of("light.project.budget-not-judged")));
    }

    private static Message indicatorWords(int total, Map<Light, Integer> counts) {
        if (total == 0) {
            return Message.of("light.project.no-indicators", total);
        }
        // Red and yellow are always named, even at zero: they are what a manager looks for.
        List<Message> parts = new ArrayList<>();
        parts.add(count(counts.getOrDefault(Light.RED, 0), Light.RED));
        parts.add(count(counts.getOrDefault(Light.YELLOW, 0), Light.YELLOW));
        for (Light light : List.of(Light.BLUE, Light.GREEN, Light.NONE)) {
            if (counts.containsKey(light)) {
                parts.add(count(counts.get(light), light));
            }
        }
        Message list = parts.getLast();
        for (int i = parts.size() - 2; i >= 0; i--) {
            list = Message.of("list.pair", parts.get(i), list);
        }
        return Message.of("light.project.indicators", total, list);
    }

    private static Message count(int count, Light light) {
        return Message.of("light.project.count." + light.name().toLowerCase(Locale.ROOT), count);
    }

    /** The light as a word: {@code red}, {@code 红灯}. */
    static Message words(Light light) {
        return Message.of("light." + light.name().toLowerCase(Locale.ROOT));
    }

}
