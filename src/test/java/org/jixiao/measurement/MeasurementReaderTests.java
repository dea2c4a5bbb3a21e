package org.jixiao.measurement;

import java.math.BigDecimal;

import org.jixiao.indicator.grammar.BeforeMonthReading;
import org.jixiao.indicator.grammar.Target;
import org.jixiao.indicator.grammar.TargetParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading a measured value (实际完成值) against its target: into the target's terms, or refused with a message a
 * person can act on.
 */
class MeasurementReaderTests {

    private static final int FISCAL_YEAR = 2025;

    private static final TargetParser PARSER = new TargetParser(BeforeMonthReading.PREVIOUS_MONTH_END);

    private static Target target(String printed) {
        return PARSER.parse(printed, FISCAL_YEAR);
    }

    @ParameterizedTest(name = "''{0}'' against {1} → {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            96.5%       | ≥95%         | 96.5    | %
            96.5        | ≥95%         | 96.5    | %
            93%         | ≥95%         | 93      | %
            8%          | ≤10%         | 8       | %
            92%         | 90%-95%      | 92      | %
            72万元       | ≤70.6万元     | 720000  | 元
            72.5万元     | ≤70.6万元     | 725000  | 元
            72万         | ≤70.6万元     | 720000  | 元
            0.1亿        | ≤3000万元     | 10000000 | 元
            0.1亿元      | ≤3000万元     | 10000000 | 元
            650000元     | ≤70.6万元     | 650000  | 元
            5000        | ≤70.6万元     | 5000    | 元
            5800元/台    | ≤6000元/台    | 5800    | 元/台
            5800元       | ≤6000元/台   | 5800    | 元/台
            8000元       | 5000元-1万元  | 8000    | 元
            280台        | 293台        | 280     | 台
            １２０台      | 293台        | 120     | 台
            8人          | ≥8人         | 8       | 人
            7,676个      | ≥7676个      | 7676    | 个
            2次          | 1-3次        | 2       | 次
            5台          | ≥3           | 5       | -
            3小时         | 4小时内       | 3       | 小时
            30分钟        | 4小时内       | 0.5     | 小时
            20分钟        | 4小时内       | 0.3333  | 小时
            2天          | ≤72小时       | 48      | 小时
            1日          | ≤72小时       | 24      | 小时
            90分钟        | ≤2天         | 0.0625  | 天
            5个工作日      | 10个工作日内   | 5       | 个工作日
            5工作日       | 10个工作日内   | 5       | 个工作日
            2个月         | 3个月        | 2       | 个月
            """)
    void goodValuesAreReadInTheTargetsTerms(String text, String printed, BigDecimal value, String unit) {
        MeasuredValue measured = MeasurementReader.read(text, target(printed), FISCAL_YEAR);
        assertThat(measured.value()).isEqualByComparingTo(value);
        assertThat(measured.unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "''{0}'' against {1} is refused")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            及时          | ≥95%       | '及时' is not a number with a unit, which the target '≥95%' (a percent) needs
            10月          | ≥95%       | '10月' is not a number with a unit, which the target '≥95%' (a percent) needs
            90%-95%      | ≥95%       | '90%-95%' is not a number with a unit, which the target '≥95%' (a percent) needs
            abc          | 293台      | 'abc' is not a number with a unit, which the target '293台' (a count) needs
            72万元        | ≥95%       | '72万元' is money, but the target '≥95%' is a percent
            96%          | ≤70.6万元   | '96%' is a percent, but the target '≤70.6万元' is money
            3小时         | ≥8人       | '3小时' is a length of time, but the target '≥8人' is a count
            5台           | ≥8人       | '5台' counts 台, but the target '≥8人' counts 人; give the number alone to take it in 人
            5800GB       | ≥5600G     | '5800GB' counts GB, but the target '≥5600G' counts G; give the number alone to take it in G
            5800元/年     | ≤6000元/台  | '5800元/年' is an amount per 年, but the target '≤6000元/台' is per 台
            5800元/台     | ≤70.6万元   | '5800元/台' is an amount per 台, but the target '≤70.6万元' is a total amount
            2年           | 4小时内     | '2年' cannot be converted to 小时, the unit of the target '4小时内'; only 分钟, 小时 and 天/日 convert
            5个工作日      | ≤72小时     | '5个工作日' cannot be converted to 小时, the unit of the target '≤72小时'; only 分钟, 小时 and 天/日 convert
            ≥96%         | ≥95%       | '≥96%' has a comparison, so it is a target, not a measured value; give the value alone, without ≥, ≤, 以上 or 内
            4小时内        | 4小时内     | '4小时内' has a comparison, so it is a target, not a measured value; give the value alone, without ≥, ≤, 以上 or 内
            95%以上       | ≥95%       | '95%以上' has a comparison, so it is a target, not a measured value; give the value alone, without ≥, ≤, 以上 or 内
            -5%          | ≤10%       | '-5%' is negative; a measured value cannot be below zero
            －3台         | 293台      | '－3台' is negative; a measured value cannot be below zero
            """)
    void badValuesAreRefusedSayingWhy(String text, String printed, String message) {
        assertThatExceptionOfType(MeasurementException.class)
                .isThrownBy(() -> MeasurementReader.read(text, target(printed), FISCAL_YEAR)).withMessage(message);
    }

    @Test
    void anEmptyValueIsRefused() {
        assertThatExceptionOfType(MeasurementException.class)
                .isThrownBy(() -> MeasurementReader.read(" ", target("≥95%"), FISCAL_YEAR))
                .withMessage("no value was given for the target '≥95%'");
        assertThatExceptionOfType(MeasurementException.class)
                .isThrownBy(() -> MeasurementReader.read((String) null, target("≥95%"), FISCAL_YEAR))
                .withMessage("no value was given for the target '≥95%'");
    }

    @ParameterizedTest(name = "a value against {0} is refused")
    @CsvSource(delimiter = '|', textBlock = """
            10月                           | the target '10月' is a deadline: it is met by completing its milestone, not by a measured value
            6月前                          | the target '6月前' is a deadline: it is met by completing its milestone, not by a measured value
            每季度                         | the target '每季度' recurs: each occurrence is met by completing its milestone, not by a measured value
            及时                           | the target '及时' is qualitative: a person grades it at evaluation, no value is measured
            一般故障4小时内、较大故障8小时内    | the target '一般故障4小时内、较大故障8小时内' has 2 labelled parts: record a value against each part instead
            ''                            | the indicator has no target value, so there is nothing to measure against
            见附件                         | the target '见附件' could not be read: fix it before recording values
            """)
    void targetsThatTakeNoMeasurementRefuseOne(String printed, String message) {
        Target target = target(printed);
        assertThatExceptionOfType(MeasurementException.class)
                .isThrownBy(() -> MeasurementReader.read("95%", target, FISCAL_YEAR)).withMessage(message);
        assertThatExceptionOfType(MeasurementException.class)
                .isThrownBy(() -> MeasurementReader.read(BigDecimal.TEN, target)).withMessage(message);
    }

    @ParameterizedTest(name = "{0} against {1} → {0} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            96.5   | ≥95%        | %
            720000 | ≤70.6万元    | 元
            5800   | ≤6000元/台   | 元/台
            120    | 293台       | 台
            3.5    | 4小时内      | 小时
            92     | 90%-95%     | %
            3      | ≥3          | -
            0      | ≤10%        | %
            """)
    void aBareNumberIsInTheTargetsOwnTerms(BigDecimal number, String printed, String unit) {
        assertThat(MeasurementReader.read(number, target(printed))).isEqualTo(new MeasuredValue(number, unit));
    }

    @Test
    void aBareNumberMustBeGivenAndNotNegative() {
        assertThatExceptionOfType(MeasurementException.class)
                .isThrownBy(() -> MeasurementReader.read(new BigDecimal("-0.5"), target("≥95%")))
                .withMessage("-0.5 is negative; a measured value cannot be below zero");
        assertThatExceptionOfType(MeasurementException.class)
                .isThrownBy(() -> MeasurementReader.read((BigDecimal) null, target("≥95%")))
                .withMessage("no value was given for the target '≥95%'");
    }

}
