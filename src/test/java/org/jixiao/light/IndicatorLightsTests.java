package org.jixiao.light;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jixiao.indicator.grammar.BeforeMonthReading;
import org.jixiao.indicator.grammar.Target;
import org.jixiao.indicator.grammar.TargetKind;
import org.jixiao.indicator.grammar.TargetParser;
import org.jixiao.measurement.MeasuredValue;
import org.jixiao.measurement.MeasurementReader;
import org.jixiao.milestone.MilestoneState;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Indicator lights (domain §5), branch by branch, on targets printed in the Jincheng 2025 sheets. Each row is a
 * printed target, an actual in the target's terms, the day, and the light with its reason.
 */
class IndicatorLightsTests {

    private static final int FISCAL_YEAR = 2025;

    private static final TargetParser PARSER = new TargetParser(BeforeMonthReading.PREVIOUS_MONTH_END);

    private static final RulePack CENTRAL = RulePack.central();

    private static Verdict evaluate(String printed, BigDecimal actual, LocalDate asOf) {
        return IndicatorLights.evaluate(PARSER.parse(printed, FISCAL_YEAR), actual, asOf, FISCAL_YEAR, null, CENTRAL);
    }

    @Test
    void theDomainExampleNinetyThreePercentAgainstNinetyFiveIsRedInDecember() {
        Target uptime = PARSER.parse("≥95%", FISCAL_YEAR);
        MeasuredValue measured = MeasurementReader.read("93%", uptime, FISCAL_YEAR);
        Verdict evaluation = IndicatorLights.evaluate(uptime, measured.value(), LocalDate.of(2025, 12, 1),
                FISCAL_YEAR, null, CENTRAL);
        assertThat(evaluation).isEqualTo(new Verdict(Light.RED, "93% is below the target ≥95%"));
    }

    @ParameterizedTest(name = "{0} with {1} on {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥95%  | 93    | 2025-12-01 | RED   | 93% is below the target ≥95%
            ≥95%  | 95    | 2025-01-15 | GREEN | 95% meets the target ≥95%
            ≥95%  | 99.2  | 2025-06-30 | GREEN | 99.2% meets the target ≥95%
            ≥99%  | 98.99 | 2025-06-30 | RED   | 98.99% is below the target ≥99%
            >95%  | 95    | 2025-06-30 | RED   | 95% does not exceed the target >95%
            >95%  | 95.1  | 2025-06-30 | GREEN | 95.1% exceeds the target >95%
            100%  | 100   | 2025-06-30 | GREEN | 100% meets the target 100%
            100%  | 99.9  | 2025-06-30 | RED   | 99.9% is below the target 100%
            ≤10%  | 10    | 2025-06-30 | GREEN | 10% is within the target ≤10%
            ≤10%  | 10.01 | 2025-06-30 | RED   | 10.01% is above the target ≤10%
            <5%   | 4.9   | 2025-06-30 | GREEN | 4.9% is below the target <5%
            <5%   | 5     | 2025-06-30 | RED   | 5% is not below the target <5%
            """)
    void ratesAreComparedDirectlyNotProRata(String printed, BigDecimal actual, LocalDate asOf, Light light,
            String reason) {
        assertThat(evaluate(printed, actual, asOf)).isEqualTo(new Verdict(light, reason));
    }

    @ParameterizedTest(name = "{0} with {1} on {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            293台      | 20      | 2025-01-01 | GREEN  | cumulative 20台 of a pro-rata 24.42台 (293台 × 1/12) is 81.91% of plan (green: 80% to 120%)
            293台      | 120     | 2025-06-30 | GREEN  | cumulative 120台 of a pro-rata 146.5台 (293台 × 6/12) is 81.91% of plan (green: 80% to 120%)
            293台      | 120     | 2025-06-01 | GREEN  | cumulative 120台 of a pro-rata 146.5台 (293台 × 6/12) is 81.91% of plan (green: 80% to 120%)
            293台      | 87.9    | 2025-06-30 | YELLOW | cumulative 87.9台 of a pro-rata 146.5台 (293台 × 6/12) is 60% of plan (yellow: 60% to 80%)
            293台      | 87.89   | 2025-06-30 | RED    | cumulative 87.89台 of a pro-rata 146.5台 (293台 × 6/12) is 59.99% of plan (red: below 60%)
            293台      | 117.2   | 2025-06-30 | GREEN  | cumulative 117.2台 of a pro-rata 146.5台 (293台 × 6/12) is 80% of plan (green: 80% to 120%)
            293台      | 117.19  | 2025-06-30 | YELLOW | cumulative 117.19台 of a pro-rata 146.5台 (293台 × 6/12) is 79.99% of plan (yellow: 60% to 80%)
            293台      | 293     | 2025-12-31 | GREEN  | cumulative 293台 of a pro-rata 293台 (293台 × 12/12) is 100% of plan (green: 80% to 120%)
            293台      | 351.57  | 2025-12-31 | GREEN  | cumulative 351.57台 of a pro-rata 293台 (293台 × 12/12) is 119.99% of plan (green: 80% to 120%)
            293台      | 351.6   | 2025-12-31 | BLUE   | cumulative 351.6台 of a pro-rata 293台 (293台 × 12/12) is 120% of plan (blue: 120% or more; the target may have been set too low)
            293台      | 200     | 2026-02-01 | YELLOW | cumulative 200台 of a pro-rata 293台 (293台 × 12/12) is 68.26% of plan (yellow: 60% to 80%)
            ≥7676个    | 3900    | 2025-06-30 | GREEN  | cumulative 3900个 of a pro-rata 3838个 (≥7676个 × 6/12) is 101.62% of plan (green: 80% to 120%)
            >100个     | 100     | 2025-12-31 | GREEN  | cumulative 100个 of a pro-rata 100个 (>100个 × 12/12) is 100% of plan (green: 80% to 120%)
            ≥8人       | 8       | 2025-12-31 | GREEN  | cumulative 8人 of a pro-rata 8人 (≥8人 × 12/12) is 100% of plan (green: 80% to 120%)
            ≥100万元   | 300000  | 2025-06-30 | YELLOW | cumulative 300000 yuan of a pro-rata 500000 yuan (≥100万元 × 6/12) is 60% of plan (yellow: 60% to 80%)
            110.49万元 | 1104900 | 2025-12-31 | GREEN  | cumulative 1104900 yuan of a pro-rata 1104900 yuan (110.49万元 × 12/12) is 100% of plan (green: 80% to 120%)
            """)
    void cumulativeTargetsAgainstTheirProRataShare(String printed, BigDecimal actual, LocalDate asOf, Light light,
            String reason) {
        assertThat(evaluate(printed, actual, asOf)).isEqualTo(new Verdict(light, reason));
    }

    @Test
    void beforeTheFiscalYearNothingIsDue() {
        assertThat(evaluate("293台", BigDecimal.valueOf(200), LocalDate.of(2024, 12, 31))).isEqualTo(new Verdict(
                Light.NONE, "not started: fiscal year 2025 begins after 2024-12-31, so nothing of 293台 is due yet"));
    }

    @ParameterizedTest(name = "{0} with {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥90分       | 92        | GREEN | 92分 meets the target ≥90分
            ≥90分       | 85        | RED   | 85分 is below the target ≥90分
            ≥6000元/台  | 6000      | GREEN | 6000 yuan per 台 meets the target ≥6000元/台
            0起         | 0         | GREEN | 0起 is within the target 0起
            0起         | 1         | RED   | 1起 is above the target 0起
            """)
    void levelsPerUnitAmountsAndZeroTargetsAreComparedDirectly(String printed, BigDecimal actual, Light light,
            String reason) {
        assertThat(evaluate(printed, actual, LocalDate.of(2025, 6, 30))).isEqualTo(new Verdict(light, reason));
    }

    @ParameterizedTest(name = "{0} with {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ≤70.6万元    | 500000    | GREEN | 500000 yuan is within the target ≤70.6万元
            ≤70.6万元    | 706000    | GREEN | 706000 yuan is within the target ≤70.6万元
            ≤70.6万元    | 706000.01 | RED   | 706000.01 yuan is above the target ≤70.6万元
            ≤6000元/台   | 5800      | GREEN | 5800 yuan per 台 is within the target ≤6000元/台
            ≤6000元/台   | 6100      | RED   | 6100 yuan per 台 is above the target ≤6000元/台
            <10个        | 9         | GREEN | 9个 is below the target <10个
            <10个        | 10        | RED   | 10个 is not below the target <10个
            4小时内       | 4         | GREEN | 4小时 is within the target 4小时内
            4小时内       | 4.5       | RED   | 4.5小时 is above the target 4小时内
            ≤4小时        | 3         | GREEN | 3小时 is within the target ≤4小时
            10个工作日内   | 11        | RED   | 11个工作日 is above the target 10个工作日内
            3个月         | 2         | GREEN | 2个月 is within the target 3个月
            3个月         | 3         | GREEN | 3个月 is within the target 3个月
            3个月         | 4         | RED   | 4个月 is above the target 3个月
            90%-95%      | 90        | GREEN | 90% is within the range 90%-95%
            90%-95%      | 95        | GREEN | 95% is within the range 90%-95%
            90%-95%      | 89.9      | RED   | 89.9% is below the range 90%-95%
            90%-95%      | 95.1      | RED   | 95.1% is above the range 90%-95%
            1-3次         | 2         | GREEN | 2次 is within the range 1-3次
            1-3次         | 4         | RED   | 4次 is above the range 1-3次
            5000元-1万元   | 10000     | GREEN | 10000 yuan is within the range 5000元-1万元
            """)
    void limitsDurationsAndRangesAreGreenWhileSatisfied(String printed, BigDecimal actual, Light light,
            String reason) {
        assertThat(evaluate(printed, actual, LocalDate.of(2025, 6, 30))).isEqualTo(new Verdict(light, reason));
    }

    @ParameterizedTest(name = "''{0}'' → NONE")
    @CsvSource(delimiter = '|', textBlock = """
            及时                           | graded by a person at evaluation: 及时 is qualitative
            保障                           | graded by a person at evaluation: 保障 is qualitative
            ''                            | no target value is printed, so there is nothing to measure against
            /                             | no target value is printed, so there is nothing to measure against
            见附件                         | the target 见附件 could not be read; fix it on the sheet first
            一般故障4小时内、较大故障8小时内    | the target 一般故障4小时内、较大故障8小时内 has 2 labelled parts; they are not lit as one value
            每季度                         | the recurring target 每季度 is watched through its dated milestones, not as a value
            """)
    void targetsANumberCannotJudgeGetNoLight(String printed, String reason) {
        assertThat(evaluate(printed, BigDecimal.ONE, LocalDate.of(2025, 6, 30)))
                .isEqualTo(new Verdict(Light.NONE, reason));
    }

    @ParameterizedTest(name = "{0} without a measurement → NONE")
    @CsvSource(textBlock = """
            ≥95%
            293台
            ≤70.6万元
            4小时内
            90%-95%
            """)
    void noMeasurementYetIsNoLight(String printed) {
        assertThat(evaluate(printed, null, LocalDate.of(2025, 6, 30)))
                .isEqualTo(new Verdict(Light.NONE, "no measurement yet against the target " + printed));
    }

    @Nested
    class Deadlines {

        private final Target october = PARSER.parse("10月", FISCAL_YEAR);

        @Test
        void theSeedDeadlineReadsAsTheEndOfOctober() {
            assertThat(this.october.kind()).isEqualTo(TargetKind.DEADLINE);
            assertThat(this.october.due()).isEqualTo(LocalDate.of(2025, 10, 31));
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(delimiter = '|', textBlock = """
                UPCOMING | GREEN  | on track: due 2025-10-31 (10月)
                DUE_SOON | YELLOW | due soon: due 2025-10-31 (10月) and not met yet
                OVERDUE  | RED    | overdue: due 2025-10-31 (10月) and not met
                WAIVED   | NONE   | waived: the deadline 10月 is no longer watched
                MET      | GREEN  | met; no completion date was given to check against the due date 2025-10-31 (10月)
                """)
        void aDeadlineFollowsItsMilestone(MilestoneState state, Light light, String reason) {
            assertThat(IndicatorLights.evaluate(this.october, null, LocalDate.of(2025, 10, 1), FISCAL_YEAR, state,
                    CENTRAL)).isEqualTo(new Verdict(light, reason));
        }

        @ParameterizedTest(name = "completed {0} → {1}")
        @CsvSource(delimiter = '|', textBlock = """
                2025-10-20 | GREEN | met on time: completed 2025-10-20, due 2025-10-31 (10月)
                2025-10-31 | GREEN | met on time: completed 2025-10-31, due 2025-10-31 (10月)
                2025-11-01 | RED   | met late: completed 2025-11-01, 1 day after the due date 2025-10-31 (10月)
                2025-11-05 | RED   | met late: completed 2025-11-05, 5 days after the due date 2025-10-31 (10月)
                """)
        void aMetDeadlineIsGreenOnTimeAndRedLate(LocalDate completedOn, Light light, String reason) {
            assertThat(IndicatorLights.evaluate(this.october, null, LocalDate.of(2025, 12, 1), FISCAL_YEAR,
                    MilestoneState.MET, completedOn, CENTRAL)).isEqualTo(new Verdict(light, reason));
        }

        @Test
        void withoutAMilestoneStateADeadlineHasNoLight() {
            assertThat(IndicatorLights.evaluate(this.october, null, LocalDate.of(2025, 6, 1), FISCAL_YEAR, null,
                    CENTRAL)).isEqualTo(new Verdict(Light.NONE, "no milestone state yet for the deadline 10月"));
        }

        @Test
        void aMeasuredValueDoesNotLightADeadline() {
            assertThat(IndicatorLights.evaluate(this.october, BigDecimal.TEN, LocalDate.of(2025, 6, 1), FISCAL_YEAR,
                    MilestoneState.UPCOMING, CENTRAL).light()).isEqualTo(Light.GREEN);
        }

    }

    @Test
    void theBandsFollowThePack() {
        RulePack strict = new RulePack("strict", List.of(7), BigDecimal.valueOf(70), BigDecimal.valueOf(90),
                BigDecimal.valueOf(70), BigDecimal.valueOf(90), BigDecimal.valueOf(110),
                BeforeMonthReading.PREVIOUS_MONTH_END);
        Verdict evaluation = IndicatorLights.evaluate(PARSER.parse("293台", FISCAL_YEAR), BigDecimal.valueOf(120),
                LocalDate.of(2025, 6, 30), FISCAL_YEAR, null, strict);
        assertThat(evaluation).isEqualTo(new Verdict(Light.YELLOW,
                "cumulative 120台 of a pro-rata 146.5台 (293台 × 6/12) is 81.91% of plan (yellow: 70% to 90%)"));
    }

}
