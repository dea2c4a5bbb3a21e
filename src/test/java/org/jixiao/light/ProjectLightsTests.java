package org.jixiao.light;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.jixiao.indicator.grammar.TargetParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A project's light is the worst of its budget execution and its indicators (domain §5). */
class ProjectLightsTests {

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
                : Arrays.stream(indicators.split(",")).map(l -> new Verdict(Light.valueOf(l), "…")).toList();
        assertThat(ProjectLights.combine(new Verdict(budget, "…"), evaluations))
                .isEqualTo(new Verdict(light, reason));
    }

    @Test
    void aBudgetNotJudgedIsSaidSo() {
        assertThat(ProjectLights.combine(null, List.of(new Verdict(Light.YELLOW, "…"))))
                .isEqualTo(new Verdict(Light.YELLOW,
                        "yellow: 1 indicator (0 red, 1 yellow); budget execution not judged"));
        assertThat(ProjectLights.combine(null, null))
                .isEqualTo(new Verdict(Light.NONE, "no light: 0 indicators; budget execution not judged"));
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
