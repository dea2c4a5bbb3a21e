package org.jixiao.measurement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jixiao.indicator.grammar.BeforeMonthReading;
import org.jixiao.indicator.grammar.Part;
import org.jixiao.indicator.grammar.Target;
import org.jixiao.indicator.grammar.TargetKind;
import org.jixiao.indicator.grammar.TargetParser;
import org.jixiao.system.text.Message;
import org.jixiao.system.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values shown in the unit of their target: on chosen cases in both languages, and on every measured target of the
 * 14 Jincheng 2025 demo sheets (their own value reads back as printed; a value a fen or a hundredth off never
 * rounds onto the target; English names every unit in English).
 */
class UnitFormatterTests {

    private static final TargetParser PARSER = new TargetParser(BeforeMonthReading.PREVIOUS_MONTH_END);

    private static final List<String> SHEETS = List.of("app-system-adaptation", "bigdata-app-maintenance",
            "bigdata-app-running-costs", "bigdata-platform-integration-smartcity-phase1", "bigdata-platform-ops",
            "city-cloud-ops", "cloud-resource-rental", "digital-economy-services", "egov-extranet-ops",
            "egov-extranet-speedup-pilot", "hotline-center-outsourcing", "smart-jincheng-ops-command-center",
            "smart-npc-construction-fees", "smart-npc-construction");

    private static final String CJK = ".*[\\p{IsHan}].*";

    @ParameterizedTest(name = "{1} against {0} → {2} / {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ≤70.6万元    | 720000     | 72万元          | 72 × 10,000 yuan
            ≤70.6万元    | 706000     | 70.6万元        | 70.6 × 10,000 yuan
            ≤70.6万元    | 706000.01  | 70.600001万元   | 70.600001 × 10,000 yuan
            ≤70.6万元    | 705999.99  | 70.599999万元   | 70.599999 × 10,000 yuan
            ≤70.6万元    | 705432.10  | 70.54万元       | 70.54 × 10,000 yuan
            ≤70.6万元    | 0          | 0万元           | 0 × 10,000 yuan
            110.49万元   | 552450     | 55.25万元       | 55.25 × 10,000 yuan
            ≤3000万元    | 29999999   | 2999.9999万元   | 2999.9999 × 10,000 yuan
            ≤3000万元    | 12345678   | 1234.57万元     | 1234.57 × 10,000 yuan
            ≤1.2亿元     | 119000000  | 1.19亿元        | 1.19 × 100 million yuan
            ≤1.2亿元     | 120000000.5 | 1.20000001亿元  | 1.20000001 × 100 million yuan
            ≤500元       | 480.5      | 480.5元         | 480.5 yuan
            ≤6000元/台   | 5800       | 5800元/台       | 5800 yuan per unit
            ≤2万元/年    | 18000      | 1.8万元/年      | 1.8 × 10,000 yuan per year
            ≥95%        | 93         | 93%            | 93%
            ≥95%        | 94.996     | 94.996%        | 94.996%
            ≥95%        | 95.001     | 95.001%        | 95.001%
            ≥95%        | 94.999     | 94.999%        | 94.999%
            ≥95%        | 96.456     | 96.46%         | 96.46%
            100%        | 99.995     | 99.995%        | 99.995%
            ≥8人         | 1          | 1人            | 1 person
            ≥8人         | 7          | 7人            | 7 people
            293台        | 146.5      | 146.5台        | 146.5 units
            ≥7676个      | 3838       | 3838个         | 3838 items
            4小时内       | 0.3333     | 0.33小时        | 0.33 hours
            4小时内       | 4.001      | 4.001小时       | 4.001 hours
            10个工作日内   | 11         | 11个工作日      | 11 working days
            ≥5800G      | 6000       | 6000G          | 6000 G
            ≥3          | 2          | 2              | 2
            90%-95%     | 95.001     | 95.001%        | 95.001%
            90%-95%     | 89.995     | 89.995%        | 89.995%
            5000元-1万元  | 10000      | 10000元        | 10000 yuan
            """)
    void aValueIsShownInTheUnitOfItsTarget(String printed, BigDecimal value, String chinese, String english) {
        Message shown = UnitFormatter.value(value, PARSER.parse(printed, 2025));
        assertThat(Messages.render(shown, Messages.CHINESE)).isEqualTo(chinese);
        assertThat(Messages.render(shown, Messages.ENGLISH)).isEqualTo(english);
    }

    @Test
    void budgetsAreIn10kYuanInChineseAndInYuanInEnglish() {
        Message paid = UnitFormatter.budget(new BigDecimal("297540.00"));
        assertThat(Messages.render(paid, Messages.CHINESE)).isEqualTo("29.754万元");
        assertThat(Messages.render(paid, Messages.ENGLISH)).isEqualTo("297540 yuan");
    }

    @Test
    void aUnitTheBundlesDoNotKnowIsShownAsPrinted() {
        Message shown = UnitFormatter.value(new BigDecimal("3"), PARSER.parse("≥5篇", 2025));
        assertThat(Messages.render(shown, Messages.CHINESE)).isEqualTo("3篇");
    }

    /** A measured target of a demo sheet, or a part of a compound one. */
    record Printed(String level3, String text, Target target) {

        @Override
        public String toString() {
            return this.level3 + ": " + this.text;
        }
    }

    static Stream<Printed> demoTargets() {
        JsonMapper mapper = JsonMapper.builder().build();
        List<Printed> targets = new ArrayList<>();
        for (String sheet : SHEETS) {
            try (InputStream in = UnitFormatterTests.class.getClassLoader()
                    .getResourceAsStream("demo/jincheng-2025/" + sheet + ".json")) {
                JsonNode indicators = mapper.readTree(in).path("indicators");
                for (String section : List.of("period", "annual")) {
                    for (JsonNode indicator : indicators.path(section)) {
                        if (indicator.path("target").isNull()) {
                            continue;
                        }
                        Target target = PARSER.parse(indicator.path("target").asString(), 2025);
                        String level3 = indicator.path("level3").asString();
                        if (target.kind() == TargetKind.COMPOUND) {
                            for (Part part : target.parts()) {
                                targets.add(new Printed(level3 + " / " + part.label(), part.target().text(),
                                        part.target()));
                            }
                        }
                        else if (target.value() != null) {
                            targets.add(new Printed(level3, target.text(), target));
                        }
                    }
                }
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        assertThat(targets).as("measured demo targets").hasSizeGreaterThan(100);
        return targets.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoTargets")
    void aDemoTargetsOwnValueReadsAsPrinted(Printed printed) {
        String withoutComparison = printed.text().replaceAll("^[≥≤<>=]+", "").replaceAll("(以内|以上|以下|内)$", "");
        assertThat(Messages.render(UnitFormatter.value(printed.target().value(), printed.target()), Messages.CHINESE))
                .isEqualTo(withoutComparison);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoTargets")
    void aValueJustOffADemoTargetIsNeverShownAsTheTarget(Printed printed) {
        BigDecimal target = printed.target().value();
        String shownTarget = Messages.render(UnitFormatter.value(target, printed.target()), Messages.CHINESE);
        // A fen for money, a thousandth of a point or a unit otherwise: smaller than the two decimals shown.
        BigDecimal step = new BigDecimal(printed.target().kind() == TargetKind.MONEY ? "0.01" : "0.001");
        for (BigDecimal off : List.of(target.add(step), target.subtract(step))) {
            if (off.signum() < 0) {
                continue;
            }
            assertThat(Messages.render(UnitFormatter.value(off, printed.target()), Messages.CHINESE))
                    .as("%s shown against %s", off, printed.text()).isNotEqualTo(shownTarget);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoTargets")
    void inEnglishEveryDemoUnitHasEnglishWords(Printed printed) {
        String english = Messages.render(UnitFormatter.value(printed.target().value(), printed.target()),
                Messages.ENGLISH);
        assertThat(english).as(printed.text()).doesNotMatch(CJK);
    }
}
