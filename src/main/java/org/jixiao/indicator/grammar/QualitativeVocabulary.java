package org.jixiao.indicator.grammar;

import java.util.List;
import java.util.Set;

/**
 * The words that make a short text a qualitative target, graded by a person ({@code 及时}, {@code 提高},
 * {@code 保障}). A text qualifies when it has at most {@value #LONGEST} characters, no digits, and contains one of
 * the words (or is one of the whole-text answers such as {@code 是}).
 */
final class QualitativeVocabulary {

    static final int LONGEST = 20;

    static final List<String> WORDS = List.of("及时", "保障", "提高", "提升", "推进", "推动", "合理", "确保", "缓解", "促进",
            "实现", "有效", "持续", "加强", "改善", "增强", "稳定", "良好", "显著", "明显", "达标", "合格", "完成", "满意", "规范",
            "安全", "优化", "降低", "减少", "正常", "充分", "按时", "准时", "到位", "健全", "完善", "符合", "满足", "可靠", "高效",
            "便捷", "便利", "增加", "扩大", "较好", "较高", "优良", "优秀", "落实", "顺利", "通过", "畅通", "杜绝", "避免", "无重大",
            "逐步", "不断", "大幅", "全面", "基本", "长期", "积极", "加快", "健康", "可持续", "发挥", "支撑", "服务", "效益");

    /** Whole-text answers of yes/no indicators. */
    static final Set<String> WHOLE_ANSWERS = Set.of("是", "否", "有", "好", "高", "优", "良");

    private QualitativeVocabulary() {
    }

    /** Whether normalised text reads as a qualitative target. */
    static boolean matches(String normalised) {
        if (normalised.isEmpty() || normalised.length() > LONGEST
                || normalised.chars().anyMatch(c -> Character.isDigit(c))) {
            return false;
        }
        return WHOLE_ANSWERS.contains(normalised) || WORDS.stream().anyMatch(normalised::contains);
    }

}
