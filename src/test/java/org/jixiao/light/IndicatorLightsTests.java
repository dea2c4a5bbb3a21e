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
 * printed target, an actual in the target's terms, the day, and the light with its reason in Chinese (the default
 * language; values in the target's unit); {@link InEnglish} reads a reason of every kind in English.
 */
class IndicatorLightsTests {

    private static final int FISCAL_YEAR = 2025;

    private static final TargetParser PARSER = new TargetParser(BeforeMonthReading.PREVIOUS_MONTH_END);

    private static final RulePack CENTRAL = RulePack.central();

    private static Verdict evaluate(String printed, BigDecimal actual, LocalDate asOf) {
        return IndicatorLights.evaluate(PARSER.parse(printed, FISCAL_YEAR), actual, asOf, FISCAL_YEAR, null, CENTRAL);
    }

    private static Judged judged(String printed, BigDecimal actual, LocalDate asOf) {
        return Judged.chinese(evaluate(printed, actual, asOf));
    }

    @Test
    void theDomainExampleNinetyThreePercentAgainstNinetyFiveIsRedInDecember() {
        Target uptime = PARSER.parse("≥95%", FISCAL_YEAR);
        MeasuredValue measured = MeasurementReader.read("93%", uptime, FISCAL_YEAR);
        Verdict evaluation = IndicatorLights.evaluate(uptime, measured.value(), LocalDate.of(2025, 12, 1),
                FISCAL_YEAR, null, CENTRAL);
        assertThat(Judged.chinese(evaluation)).isEqualTo(new Judged(Light.RED, "93%，低于目标值 ≥95%"));
    }

    @ParameterizedTest(name = "{0} with {1} on {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥95%  | 93     | 2025-12-01 | RED   | 93%，低于目标值 ≥95%
            ≥95%  | 95     | 2025-01-15 | GREEN | 95%，达到目标值 ≥95%
            ≥95%  | 99.2   | 2025-06-30 | GREEN | 99.2%，达到目标值 ≥95%
            ≥95%  | 96.456 | 2025-06-30 | GREEN | 96.46%，达到目标值 ≥95%
            ≥99%  | 98.99  | 2025-06-30 | RED   | 98.99%，低于目标值 ≥99%
            >95%  | 95     | 2025-06-30 | RED   | 95%，未超过目标值 >95%
            >95%  | 95.1   | 2025-06-30 | GREEN | 95.1%，超过目标值 >95%
            100%  | 100    | 2025-06-30 | GREEN | 100%，达到目标值 100%
            100%  | 99.9   | 2025-06-30 | RED   | 99.9%，低于目标值 100%
            100%  | 99.995 | 2025-06-30 | RED   | 99.995%，低于目标值 100%
            ≤10%  | 10     | 2025-06-30 | GREEN | 10%，符合目标值 ≤10%
            ≤10%  | 10.01  | 2025-06-30 | RED   | 10.01%，超出目标值 ≤10%
            <5%   | 4.9    | 2025-06-30 | GREEN | 4.9%，低于目标值 <5%
            <5%   | 5      | 2025-06-30 | RED   | 5%，未低于目标值 <5%
            """)
    void ratesAreComparedDirectlyNotProRata(String printed, BigDecimal actual, LocalDate asOf, Light light,
            String reason) {
        assertThat(judged(printed, actual, asOf)).isEqualTo(new Judged(light, reason));
    }

    @ParameterizedTest(name = "{0} with {1} on {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            293台      | 20      | 2025-01-01 | GREEN  | 累计 20台，按序时应完成 24.42台（293台 × 1/12），为计划的 81.91%（绿灯：80% 至 120%）
            293台      | 120     | 2025-06-30 | GREEN  | 累计 120台，按序时应完成 146.5台（293台 × 6/12），为计划的 81.91%（绿灯：80% 至 120%）
            293台      | 120     | 2025-06-01 | GREEN  | 累计 120台，按序时应完成 146.5台（293台 × 6/12），为计划的 81.91%（绿灯：80% 至 120%）
            293台      | 87.9    | 2025-06-30 | YELLOW | 累计 87.9台，按序时应完成 146.5台（293台 × 6/12），为计划的 60%（黄灯：60% 至 80%）
            293台      | 87.89   | 2025-06-30 | RED    | 累计 87.89台，按序时应完成 146.5台（293台 × 6/12），为计划的 59.99%（红灯：低于 60%）
            293台      | 117.2   | 2025-06-30 | GREEN  | 累计 117.2台，按序时应完成 146.5台（293台 × 6/12），为计划的 80%（绿灯：80% 至 120%）
            293台      | 117.19  | 2025-06-30 | YELLOW | 累计 117.19台，按序时应完成 146.5台（293台 × 6/12），为计划的 79.99%（黄灯：60% 至 80%）
            293台      | 293     | 2025-12-31 | GREEN  | 累计 293台，按序时应完成 293台（293台 × 12/12），为计划的 100%（绿灯：80% 至 120%）
            293台      | 351.57  | 2025-12-31 | GREEN  | 累计 351.57台，按序时应完成 293台（293台 × 12/12），为计划的 119.99%（绿灯：80% 至 120%）
            293台      | 351.6   | 2025-12-31 | BLUE   | 累计 351.6台，按序时应完成 293台（293台 × 12/12），为计划的 120%（蓝灯：120% 及以上，目标值可能定得偏低）
            293台      | 200     | 2026-02-01 | YELLOW | 累计 200台，按序时应完成 293台（293台 × 12/12），为计划的 68.26%（黄灯：60% 至 80%）
            ≥7676个    | 3900    | 2025-06-30 | GREEN  | 累计 3900个，按序时应完成 3838个（≥7676个 × 6/12），为计划的 101.62%（绿灯：80% 至 120%）
            >100个     | 100     | 2025-12-31 | GREEN  | 累计 100个，按序时应完成 100个（>100个 × 12/12），为计划的 100%（绿灯：80% 至 120%）
            ≥8人       | 8       | 2025-12-31 | GREEN  | 累计 8人，按序时应完成 8人（≥8人 × 12/12），为计划的 100%（绿灯：80% 至 120%）
            ≥100万元   | 300000  | 2025-06-30 | YELLOW | 累计 30万元，按序时应完成 50万元（≥100万元 × 6/12），为计划的 60%（黄灯：60% 至 80%）
            110.49万元 | 1104900 | 2025-12-31 | GREEN  | 累计 110.49万元，按序时应完成 110.49万元（110.49万元 × 12/12），为计划的 100%（绿灯：80% 至 120%）
            110.49万元 | 552449  | 2025-06-30 | GREEN  | 累计 55.24万元，按序时应完成 55.25万元（110.49万元 × 6/12），为计划的 100%（绿灯：80% 至 120%）
            """)
    void cumulativeTargetsAgainstTheirProRataShare(String printed, BigDecimal actual, LocalDate asOf, Light light,
            String reason) {
        assertThat(judged(printed, actual, asOf)).isEqualTo(new Judged(light, reason));
    }

    @Test
    void beforeTheFiscalYearNothingIsDue() {
        assertThat(judged("293台", BigDecimal.valueOf(200), LocalDate.of(2024, 12, 31))).isEqualTo(new Judged(
                Light.NONE, "未开始：截至 2024-12-31，2025 财年尚未开始，293台 尚无应完成部分"));
    }

    @ParameterizedTest(name = "{0} with {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥90分       | 92        | GREEN | 92分，达到目标值 ≥90分
            ≥90分       | 85        | RED   | 85分，低于目标值 ≥90分
            ≥6000元/台  | 6000      | GREEN | 6000元/台，达到目标值 ≥6000元/台
            0起         | 0         | GREEN | 0起，符合目标值 0起
            0起         | 1         | RED   | 1起，超出目标值 0起
            """)
    void levelsPerUnitAmountsAndZeroTargetsAreComparedDirectly(String printed, BigDecimal actual, Light light,
            String reason) {
        assertThat(judged(printed, actual, LocalDate.of(2025, 6, 30))).isEqualTo(new Judged(light, reason));
    }

    @ParameterizedTest(name = "{0} with {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ≤70.6万元    | 500000    | GREEN | 50万元，符合目标值 ≤70.6万元
            ≤70.6万元    | 706000    | GREEN | 70.6万元，符合目标值 ≤70.6万元
            ≤70.6万元    | 706000.01 | RED   | 70.600001万元，超出目标值 ≤70.6万元
            ≤70.6万元    | 720000    | RED   | 72万元，超出目标值 ≤70.6万元
            ≤70.6万元    | 705432.10 | GREEN | 70.54万元，符合目标值 ≤70.6万元
            ≤6000元/台   | 5800      | GREEN | 5800元/台，符合目标值 ≤6000元/台
            ≤6000元/台   | 6100      | RED   | 6100元/台，超出目标值 ≤6000元/台
            <10个        | 9         | GREEN | 9个，低于目标值 <10个
            <10个        | 10        | RED   | 10个，未低于目标值 <10个
            4小时内       | 4         | GREEN | 4小时，符合目标值 4小时内
            4小时内       | 4.5       | RED   | 4.5小时，超出目标值 4小时内
            ≤4小时        | 3         | GREEN | 3小时，符合目标值 ≤4小时
            10个工作日内   | 11        | RED   | 11个工作日，超出目标值 10个工作日内
            3个月         | 2         | GREEN | 2个月，符合目标值 3个月
            3个月         | 3         | GREEN | 3个月，符合目标值 3个月
            3个月         | 4         | RED   | 4个月，超出目标值 3个月
            90%-95%      | 90        | GREEN | 90%，在区间 90%-95% 内
            90%-95%      | 95        | GREEN | 95%，在区间 90%-95% 内
            90%-95%      | 89.9      | RED   | 89.9%，低于区间 90%-95%
            90%-95%      | 95.1      | RED   | 95.1%，高于区间 90%-95%
            90%-95%      | 95.001    | RED   | 95.001%，高于区间 90%-95%
            1-3次         | 2         | GREEN | 2次，在区间 1-3次 内
            1-3次         | 4         | RED   | 4次，高于区间 1-3次
            5000元-1万元   | 10000     | GREEN | 10000元，在区间 5000元-1万元 内
            """)
    void limitsDurationsAndRangesAreGreenWhileSatisfied(String printed, BigDecimal actual, Light light,
            String reason) {
        assertThat(judged(printed, actual, LocalDate.of(2025, 6, 30))).isEqualTo(new Judged(light, reason));
    }

    @ParameterizedTest(name = "''{0}'' → NONE")
    @CsvSource(delimiter = '|', textBlock = """
            及时                           | 定性指标 及时，由人工在评价时打分
            保障                           | 定性指标 保障，由人工在评价时打分
            ''                            | 未填写指标值，无从比较
            /                             | 未填写指标值，无从比较
            见附件                         | 指标值 见附件 无法识别，请先在绩效目标表中修正
            一般故障4小时内、较大故障8小时内    | 指标值 一般故障4小时内、较大故障8小时内 含 2 个分项，不作为一个值亮灯
            每季度                         | 周期性指标值 每季度 通过各期里程碑监控，不作为数值亮灯
            """)
    void targetsANumberCannotJudgeGetNoLight(String printed, String reason) {
        assertThat(judged(printed, BigDecimal.ONE, LocalDate.of(2025, 6, 30))).isEqualTo(new Judged(Light.NONE, reason));
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
        assertThat(judged(printed, null, LocalDate.of(2025, 6, 30)))
                .isEqualTo(new Judged(Light.NONE, "指标值 " + printed + " 尚无实际完成值"));
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
                UPCOMING | GREEN  | 进度正常：截止 2025-10-31（10月）
                DUE_SOON | YELLOW | 即将到期：截止 2025-10-31（10月），尚未完成
                OVERDUE  | RED    | 已逾期：截止 2025-10-31（10月），尚未完成
                WAIVED   | NONE   | 已豁免：时间节点 10月 不再监控
                MET      | GREEN  | 已完成；未提供完成日期，无法与截止日期 2025-10-31（10月） 核对
                """)
        void aDeadlineFollowsItsMilestone(MilestoneState state, Light light, String reason) {
            assertThat(Judged.chinese(IndicatorLights.evaluate(this.october, null, LocalDate.of(2025, 10, 1),
                    FISCAL_YEAR, state, CENTRAL))).isEqualTo(new Judged(light, reason));
        }

        @ParameterizedTest(name = "completed {0} → {1}")
        @CsvSource(delimiter = '|', textBlock = """
                2025-10-20 | GREEN | 按时完成：2025-10-20 完成，截止 2025-10-31（10月）
                2025-10-31 | GREEN | 按时完成：2025-10-31 完成，截止 2025-10-31（10月）
                2025-11-01 | RED   | 逾期完成：2025-11-01 完成，比截止日期 2025-10-31（10月） 晚 1 天
                2025-11-05 | RED   | 逾期完成：2025-11-05 完成，比截止日期 2025-10-31（10月） 晚 5 天
                """)
        void aMetDeadlineIsGreenOnTimeAndRedLate(LocalDate completedOn, Light light, String reason) {
            assertThat(Judged.chinese(IndicatorLights.evaluate(this.october, null, LocalDate.of(2025, 12, 1),
                    FISCAL_YEAR, MilestoneState.MET, completedOn, CENTRAL))).isEqualTo(new Judged(light, reason));
        }

        @Test
        void withoutAMilestoneStateADeadlineHasNoLight() {
            assertThat(Judged.chinese(IndicatorLights.evaluate(this.october, null, LocalDate.of(2025, 6, 1),
                    FISCAL_YEAR, null, CENTRAL))).isEqualTo(new Judged(Light.NONE, "时间节点 10月 尚无里程碑状态"));
        }

        @Test
        void aMeasuredValueDoesNotLightADeadline() {
            assertThat(IndicatorLights.evaluate(this.october, BigDecimal.TEN, LocalDate.of(2025, 6, 1), FISCAL_YEAR,
                    MilestoneState.UPCOMING, CENTRAL).light()).isEqualTo(Light.GREEN);
        }

    }

    /** The same reasons for an English reader: English words and units, the targets as printed. */
    @Nested
    class InEnglish {

        @ParameterizedTest(name = "{0} with {1} on {2} → {3}")
        @CsvSource(delimiter = '|', textBlock = """
                ≥95%        | 93        | 2025-12-01 | RED    | 93% is below the target ≥95%
                ≤70.6万元    | 720000    | 2025-12-01 | RED    | 72 × 10,000 yuan is above the target ≤70.6万元
                ≤70.6万元    | 706000.01 | 2025-12-01 | RED    | 70.600001 × 10,000 yuan is above the target ≤70.6万元
                ≤6000元/台   | 5800      | 2025-12-01 | GREEN  | 5800 yuan per unit is within the target ≤6000元/台
                >95%        | 95        | 2025-06-30 | RED    | 95% does not exceed the target >95%
                >95%        | 95.1      | 2025-06-30 | GREEN  | 95.1% exceeds the target >95%
                <5%         | 5         | 2025-06-30 | RED    | 5% is not below the target <5%
                4小时内      | 4.5       | 2025-06-30 | RED    | 4.5 hours is above the target 4小时内
                90%-95%     | 89.9      | 2025-06-30 | RED    | 89.9% is below the range 90%-95%
                293台        | 120       | 2025-06-30 | GREEN  | cumulative 120 units of a pro-rata 146.5 units (293台 × 6/12) is 81.91% of plan (green: 80% to 120%)
                ≥8人         | 1         | 2025-01-31 | BLUE   | cumulative 1 person of a pro-rata 0.67 people (≥8人 × 1/12) is 150% of plan (blue: 120% or more; the target may have been set too low)
                ≥100万元     | 300000    | 2025-06-30 | YELLOW | cumulative 30 × 10,000 yuan of a pro-rata 50 × 10,000 yuan (≥100万元 × 6/12) is 60% of plan (yellow: 60% to 80%)
                293台        | 87.89     | 2025-06-30 | RED    | cumulative 87.89 units of a pro-rata 146.5 units (293台 × 6/12) is 59.99% of plan (red: below 60%)
                293台        | 200       | 2024-12-31 | NONE   | not started: fiscal year 2025 begins after 2024-12-31, so nothing of 293台 is due yet
                ≥95%        |           | 2025-06-30 | NONE   | no measurement yet against the target ≥95%
                及时         | 1         | 2025-06-30 | NONE   | graded by a person at evaluation: 及时 is qualitative
                见附件        | 1         | 2025-06-30 | NONE   | the target 见附件 could not be read; fix it on the sheet first
                每季度        | 1         | 2025-06-30 | NONE   | the recurring target 每季度 is watched through its dated milestones, not as a value
                一般故障4小时内、较大故障8小时内 | 1 | 2025-06-30 | NONE | the target 一般故障4小时内、较大故障8小时内 has 2 labelled parts; they are not lit as one value
                ''          | 1         | 2025-06-30 | NONE   | no target value is printed, so there is nothing to measure against
                """)
        void measuredTargets(String printed, BigDecimal actual, LocalDate asOf, Light light, String reason) {
            assertThat(Judged.english(evaluate(printed, actual, asOf))).isEqualTo(new Judged(light, reason));
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(delimiter = '|', textBlock = """
                OVERDUE  |            | RED   | overdue: due 2025-10-31 (10月) and not met
                DUE_SOON |            | YELLOW | due soon: due 2025-10-31 (10月) and not met yet
                UPCOMING |            | GREEN | on track: due 2025-10-31 (10月)
                WAIVED   |            | NONE  | waived: the deadline 10月 is no longer watched
                MET      |            | GREEN | met; no completion date was given to check against the due date 2025-10-31 (10月)
                MET      | 2025-10-20 | GREEN | met on time: completed 2025-10-20, due 2025-10-31 (10月)
                MET      | 2025-11-01 | RED   | met late: completed 2025-11-01, 1 day after the due date 2025-10-31 (10月)
                MET      | 2025-11-05 | RED   | met late: completed 2025-11-05, 5 days after the due date 2025-10-31 (10月)
                """)
        void deadlines(MilestoneState state, LocalDate completedOn, Light light, String reason) {
            Target october = PARSER.parse("10月", FISCAL_YEAR);
            assertThat(Judged.english(IndicatorLights.evaluate(october, null, LocalDate.of(2025, 12, 1), FISCAL_YEAR,
                    state, completedOn, CENTRAL))).isEqualTo(new Judged(light, reason));
        }
    }

    @Test
    void theBandsFollowThePack() {
        RulePack strict = new RulePack("strict", List.of(7), BigDecimal.valueOf(70), BigDecimal.valueOf(90),
                BigDecimal.valueOf(70), BigDecimal.valueOf(90), BigDecimal.valueOf(110),
                BeforeMonthReading.PREVIOUS_MONTH_END);
        Verdict evaluation = IndicatorLights.evaluate(PARSER.parse("293台", FISCAL_YEAR), BigDecimal.valueOf(120),
                LocalDate.of(2025, 6, 30), FISCAL_YEAR, null, strict);
        assertThat(Judged.chinese(evaluation)).isEqualTo(new Judged(Light.YELLOW,
                "累计 120台，按序时应完成 146.5台（293台 × 6/12），为计划的 81.91%（黄灯：70% 至 90%）"));
    }

}
