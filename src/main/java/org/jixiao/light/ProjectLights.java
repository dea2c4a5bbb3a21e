package org.jixiao.light;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        return new Verdict(worst, words(worst) + ": " + indicatorWords(all.size(), counts) + "; budget execution "
                + ((budget != null) ? words(budgetLight) : "not judged"));
    }

    private static String indicatorWords(int total, Map<Light, Integer> counts) {
        StringBuilder text = new StringBuilder().append(total).append((total == 1) ? " indicator" : " indicators");
        if (total == 0) {
            return text.toString();
        }
        // Red and yellow are always named, even at zero: they are what a manager looks for.
        text.append(" (").append(counts.getOrDefault(Light.RED, 0)).append(" red, ")
                .append(counts.getOrDefault(Light.YELLOW, 0)).append(" yellow");
        for (Light light : List.of(Light.BLUE, Light.GREEN)) {
            if (counts.containsKey(light)) {
                text.append(", ").append(counts.get(light)).append(' ').append(words(light));
            }
        }
        if (counts.containsKey(Light.NONE)) {
            text.append(", ").append(counts.get(Light.NONE)).append(" without a light");
        }
        return text.append(')').toString();
    }

    private static String words(Light light) {
        return (light == Light.NONE) ? "no light" : light.name().toLowerCase(Locale.ROOT);
    }

}
