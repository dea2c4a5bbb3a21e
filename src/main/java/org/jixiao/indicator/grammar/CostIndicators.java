package org.jixiao.indicator.grammar;

import java.util.List;
import java.util.Set;

/**
 * Which indicators count costs, so that a bare {@code 万} or {@code 亿} in their target is money: those under the
 * level-2 成本指标 (经济成本指标 in the newer forms), or whose level-3 name speaks of money (成本, 费用, 资金, 金额,
 * 预算 and the like). Social and ecological cost indicators (社会成本指标, 生态环境成本指标) measure other things.
 */
final class CostIndicators {

    private static final Set<String> COST_LEVEL2 = Set.of("成本指标", "经济成本指标", "成本", "经济成本");

    private static final List<String> MONEY_WORDS = List.of("成本", "费用", "资金", "金额", "预算", "经费", "造价",
            "支出", "投资", "尾款");

    private CostIndicators() {
    }

    /** Whether the row counts costs; {@code null} levels say nothing. */
    static boolean counts(String level2, String level3) {
        if (level2 != null && COST_LEVEL2.contains(simplified(level2))) {
            return true;
        }
        return level3 != null && MONEY_WORDS.stream().anyMatch(simplified(level3)::contains);
    }

    private static String simplified(String level) {
        return TraditionalCharacters.simplified(level.strip());
    }

}
