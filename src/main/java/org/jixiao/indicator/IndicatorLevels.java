package org.jixiao.indicator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fixed level-1 and level-2 names of the three-level scheme. Older sheets keep 成本指标 under 产出指标;
 * the 2021 rules make it a level-1 group of its own. Both are accepted.
 */
public final class IndicatorLevels {

    public static final String OUTPUT = "产出指标";
    public static final String BENEFIT = "效益指标";
    public static final String SATISFACTION = "满意度指标";
    public static final String COST = "成本指标";

    private static final Map<String, Set<String>> LEVEL2_BY_LEVEL1 = Map.of(
            OUTPUT, Set.of("数量", "质量", "时效", "成本"),
            BENEFIT, Set.of("经济效益", "社会效益", "生态效益", "可持续影响"),
            SATISFACTION, Set.of("服务对象满意度", "满意度"),
            COST, Set.of("经济成本", "社会成本", "生态环境成本"));

    private static final List<String> LEVEL1_NAMES = List.of(OUTPUT, BENEFIT, SATISFACTION, COST);

    private IndicatorLevels() {
    }

    public static List<String> level1Names() {
        return LEVEL1_NAMES;
    }

    /** The canonical level-1 name for a printed one ({@code 产出} or {@code 产出指标}), if it is one. */
    public static Optional<String> canonicalLevel1(String printed) {
        if (printed == null) {
            return Optional.empty();
        }
        String name = stripSpaces(printed);
        String withSuffix = name.endsWith("指标") ? name : name + "指标";
        return LEVEL1_NAMES.contains(withSuffix) ? Optional.of(withSuffix) : Optional.empty();
    }

    /** Whether a printed level-2 name ({@code 数量指标}, {@code 社会效益}) belongs under the given level-1 group. */
    public static boolean isLevel2Of(String level1, String printedLevel2) {
        Set<String> known = LEVEL2_BY_LEVEL1.get(level1);
        return known != null && printedLevel2 != null && known.contains(withoutSuffix(printedLevel2));
    }

    /** Whether a printed level-2 name is one of the scheme's names under any level-1 group. */
    public static boolean isKnownLevel2(String printedLevel2) {
        return printedLevel2 != null
                && LEVEL2_BY_LEVEL1.values().stream().anyMatch(names -> names.contains(withoutSuffix(printedLevel2)));
    }

    private static String withoutSuffix(String printed) {
        String name = stripSpaces(printed);
        return name.endsWith("指标") ? name.substring(0, name.length() - 2) : name;
    }

    private static String stripSpaces(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }
}
