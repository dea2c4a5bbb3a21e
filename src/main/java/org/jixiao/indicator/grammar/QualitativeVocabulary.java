package org.jixiao.indicator.grammar;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words that make a short text a qualitative target, graded by a person: a judgement ({@code 及时},
 * {@code 提高}, {@code 良好}), a rule to follow ({@code 依法依规}, {@code 符合国家标准}), a plan to keep
 * ({@code 按计划推进}, {@code 按期完成}) or a limit with no number ({@code 不突破批复金额}). A text qualifies when it
 * has at most {@value #LONGEST} characters, no digits, and contains one of the words (or is one of the whole-text
 * answers such as {@code 是}); or when it names a standard to meet, which may carry digits
 * ({@code 符合GB/T22239-2019要求}). Closing punctuation has already been taken off by the normaliser.
 */
final class QualitativeVocabulary {

    static final int LONGEST = 30;

    static final List<String> WORDS = List.of("及时", "保障", "提高", "提升", "推进", "推动", "合理", "确保", "缓解", "促进",
            "实现", "有效", "持续", "加强", "改善", "增强", "稳定", "良好", "显著", "明显", "达标", "合格", "完成", "满意", "规范",
            "安全", "优化", "降低", "减少", "正常", "充分", "按时", "准时", "到位", "健全", "完善", "符合", "满足", "可靠", "高效",
            "便捷", "便利", "增加", "扩大", "较好", "较高", "优良", "优秀", "落实", "顺利", "通过", "畅通", "杜绝", "避免", "无重大",
            "逐步", "不断", "大幅", "全面", "基本", "长期", "积极", "加快", "健康", "可持续", "发挥", "支撑", "服务", "效益",
            // Rules to follow and standards to meet.
            "依法", "依规", "合规", "合法", "标准", "要求", "规定", "规程",
            // Plans to keep.
            "按计划", "按期", "如期", "按进度", "按要求", "按合同", "按规定",
            // Limits without a number, and money kept within them.
            "不突破", "未突破", "不超出", "未超出", "未超过", "批复", "预算", "可控", "受控", "节约",
            // States to keep or reach.
            "运行", "运转", "维护", "无事故", "无投诉", "零投诉", "零事故", "零差错", "无差错", "无较大", "无违规", "无违法",
            "有序", "完好", "准确", "精准", "完整", "齐全", "公开", "透明", "覆盖", "认可", "好评", "明确", "稳步", "保持", "维持",
            "不低于上年", "上年", "去年", "同期", "验收", "上线", "建成", "投入使用", "改进", "提质", "增效", "见效", "成效", "一致",
            "统一", "做到",
            // Changes without a figure.
            "增长", "上升", "下降");

    /** Whole-text answers of yes/no indicators. */
    static final Set<String> WHOLE_ANSWERS = Set.of("是", "否", "有", "好", "高", "优", "良");

    // A standard to meet, named with its code and year (符合GB/T22239-2019要求, 达到等保2.0三级标准).
    private static final Pattern STANDARD_TO_MEET = Pattern
        .compile("(符合|满足|达到|执行|遵循|遵守|按照|依据|通过)[^≥≤<>=%]{1,40}(标准|要求|规定|规范|规程|办法|条例|测评|认证)");

    private QualitativeVocabulary() {
    }

    /**
     * Whether normalised text names a standard to meet. Its code may look like a value ({@code 22239-2019}), so
     * this is asked before the text is tried as labelled values.
     */
    static boolean namesStandard(String normalised) {
        return STANDARD_TO_MEET.matcher(normalised).matches();
    }

    /** Whether normalised text reads as a qualitative target. */
    static boolean matches(String normalised) {
        if (normalised.isEmpty()) {
            return false;
        }
        if (namesStandard(normalised)) {
            return true;
        }
        if (normalised.length() > LONGEST || normalised.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        return WHOLE_ANSWERS.contains(normalised) || WORDS.stream().anyMatch(normalised::contains);
    }

}
