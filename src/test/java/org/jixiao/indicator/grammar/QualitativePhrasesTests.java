package org.jixiao.indicator.grammar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Phrases with no number (rules to follow, standards to meet, plans to keep, limits without a figure) are qualitative
 * targets, with or without closing punctuation; text that really cannot be read stays {@code UNPARSED}.
 */
class QualitativePhrasesTests {

    private static final TargetParser PARSER = new TargetParser();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "依法依规", "依法依规。", "符合国家标准", "符合国家标准；", "符合国家相关标准和规范要求", "符合行业规定",
            "按计划推进", "按计划推进,", "按时完成", "按期完成。", "按期推进!", "如期完成", "不突破批复金额", "不突破批复金额.",
            "不超过预算金额", "未超出预算", "达到设计要求", "达到验收标准", "有效提升", "明显改善", "显著提升", "稳定运行",
            "系统稳定运行；", "规范", "合规", "良好", "正常", "运行正常", "满足使用需求", "无安全事故发生", "零投诉",
            "资金使用合规", "严格执行预算", "全面覆盖", "群众认可度高", "较上年有所提升", "不低于上年", "与上年持平或有所提高",
            "符合GB/T22239-2019要求", "达到等保2.0三级标准", "通过三级等保测评", "依规按程序支付" })
    void phrasesWithoutNumbersAreQualitative(String text) {
        Target target = PARSER.parse(text, 2025);
        assertThat(target.text()).isEqualTo(text);
        assertThat(target.kind()).isEqualTo(TargetKind.QUALITATIVE);
        assertThat(target.comparator()).isNull();
        assertThat(target.value()).isNull();
        assertThat(target.direction()).isNull();
        assertThat(target.suspect()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "见附件", "详见实施方案", "abc", "？？？", "待定", "另行通知", "xx", "同上", "#REF!",
            "满意度≥90%，及时", "符合≥95%要求" })
    void textThatCannotBeReadStaysUnparsed(String text) {
        assertThat(PARSER.parse(text, 2025).kind()).isEqualTo(TargetKind.UNPARSED);
    }

}
