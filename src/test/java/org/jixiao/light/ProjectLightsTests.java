package org.jixiao.light;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.jixiao.indicator.grammar.TargetParser;
import org.jixiao.system.text.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A project's light is the worst of its budget execution and its indicators (domain §5). */
class ProjectLightsTests {

    private static final Message ANY = Message.verbatim("…");

    @ParameterizedTest(name = "budget {0}, indicators [{1}] → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            GREEN  | GREEN,GREEN         | GREEN  | green: 2 indicators (0 red, 0 yellow, 2 green); budget execution green
            GREEN  | GREEN,RED,NONE      | RED    | red: 3 indicators (1 red, 0 yellow, 1 green, 1 without a light); budget execution green
            RED    | GREEN,GREEN         | RED    | red: 2 indicators (0 red, 0 yellow, 2 green); budget execution red
            YELLOW | GREEN,BLUE          | YELLOW | yellow: 2 indicators (0 red, 0 yellow, 1 blue, 1 green); budget execution yellow
            GREEN  | BLUE,GREEN          | BLUE   | blue: 2 indicators (0 red, 0 yellow, 1 blue, 1 green); budget execution green
            GREEN  | YELLOW,RED,YELLOW   | RED    | red: 3 indicators (1 red, 2 yellow); budget execution green
            NONE   | NONE,NONE           | NONE   | no light: 2 indicators (0 red, 0 yellow, 2 without a light); budget execution no light
            NONE   | GREEN               | GREEN  | green: 1 indicator (0 red, 0 yellow, 1 green); budget execution no light
            YELLOW | ''                  | YELLOW | yellow: 0 indicators; budget execution yellow
            """)
    void theWorstLightWins(Light budget, String indicators, Light light, String reason) {
        List<Verdict> evaluations = indicators.isEmpty() ? List.of()
                : Arrays.stream(indicators.split(",")).map(l -> new Verdict(Light.valueOf(l), ANY)).toList();
        assertThat(Judged.english(ProjectLights.combine(new Verdict(budget, ANY), evaluations)))
                .isEqualTo(new Judged(light, reason));
    }

    @ParameterizedTest(name = "budget {0}, indicators [{1}] → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            GREEN  | GREEN,RED,NONE      | RED    | 红灯：3 个指标（红灯 1 个，黄灯 0 个，绿灯 1 个，无灯 1 个）；预算执行绿灯
            YELLOW | GREEN,BLUE          | YELLOW | 黄灯：2 个指标（红灯 0 个，黄灯 0 个，蓝灯 1 个，绿灯 1 个）；预算执行黄灯
            NONE   | NONE,NONE           | NONE   | 无灯：2 个指标（红灯 0 个，黄灯 0 个，无灯 2 个）；预算执行无灯
            YELLOW | ''                  | YELLOW | 黄灯：0 个指标；预算执行黄灯
            """)
    void theReasonInChinese(Light budget, String indicators, Light light, String reason) {
        List<Verdict> evaluations = indicators.isEmpty() ? List.of()
                : Arrays.stream(indicators.split(",")).map(l -> new Verdict(Light.valueOf(l), ANY)).toList();
        assertThat(Judged.chinese(ProjectLights.combine(new Verdict(budget, ANY), evaluations)))
                .isEqualTo(new Judged(light, reason));
    }

    @Test
    void aBudgetNotJudgedIsSaidSo() {
        assertThat(Judged.english(ProjectLights.combine(null, List.of(new Verdict(Light.YELLOW, ANY)))))
                .isEqualTo(new Judged(Light.YELLOW,
                        "yellow: 1 indicator (0 red, 1 yellow); budget execution not judged"));
        assertThat(Judged.english(ProjectLights.combine(null, null)))
                .isEqualTo(new Judged(Light.NONE, "no light: 0 indicators; budget execution not judged"));
        assertThat(Judged.chinese(ProjectLights.combine(null, null)))
                .isEqualTo(new Judged(Light.NONE, "无灯：0 个指标；预算执行未判断"));
    }

    @Test
    void lightsFromTheRulesCombine() {
        RulePack central = RulePack.central();
        Verdict budget = BudgetLights.evaluate(new BigDecimal("297600"),
                new BigDecimal("1000000"), LocalDate.of(2025, 6, 30), 2025, central).evaluation();
        Verdict uptime = IndicatorLights.evaluate(new TargetParser().parse("≥95%", 2025),
                new BigDecimal("96"), LocalDate.of(2025, 6, 30), 2025, null, central);
        assertThat(ProjectLights.combine(budget, List.of(uptime)).light()).isEqualTo(Light.YELLOW);
    }

}
