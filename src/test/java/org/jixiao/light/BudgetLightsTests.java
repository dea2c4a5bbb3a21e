package org.jixiao.light;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jixiao.system.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Budget execution against time progress (domain §5): red below 60, yellow to 80, green from 80. */
class BudgetLightsTests {

    private static final RulePack CENTRAL = RulePack.central();

    private static final BigDecimal BUDGET = new BigDecimal("1000000");

    @ParameterizedTest(name = "{0} in fiscal {1} → {2}")
    @CsvSource(textBlock = """
            2025-01-01, 2025, 0.0027
            2025-06-30, 2025, 0.4959
            2025-12-31, 2025, 1.0000
            2026-03-01, 2025, 1.0000
            2024-12-31, 2025, 0.0000
            2024-02-29, 2024, 0.1639
            2024-06-30, 2024, 0.4973
            2024-12-30, 2024, 0.9973
            2024-12-31, 2024, 1.0000
            """)
    void timeProgressCountsTheDayItselfIncludingLeapDays(LocalDate asOf, int fiscalYear, BigDecimal progress) {
        BudgetExecution execution = BudgetLights.evaluate(BigDecimal.ZERO, BUDGET, asOf, fiscalYear, CENTRAL);
        assertThat(execution.timeProgress()).isEqualTo(progress);
    }

    @ParameterizedTest(name = "{0} paid on {1} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            599900  | 2025-12-31 | 0.5999 | RED    | execution 59.99% (599900 yuan of 1000000 yuan paid) against time progress 100% is 59.99% of pace (red: below 60)
            600000  | 2025-12-31 | 0.6000 | YELLOW | execution 60% (600000 yuan of 1000000 yuan paid) against time progress 100% is 60% of pace (yellow: 60 to 80)
            799900  | 2025-12-31 | 0.7999 | YELLOW | execution 79.99% (799900 yuan of 1000000 yuan paid) against time progress 100% is 79.99% of pace (yellow: 60 to 80)
            800000  | 2025-12-31 | 0.8000 | GREEN  | execution 80% (800000 yuan of 1000000 yuan paid) against time progress 100% is 80% of pace (green: 80 or more)
            1000000 | 2026-01-20 | 1.0000 | GREEN  | execution 100% (1000000 yuan of 1000000 yuan paid) against time progress 100% is 100% of pace (green: 80 or more)
            297540  | 2025-06-30 | 0.2975 | RED    | execution 29.75% (297540 yuan of 1000000 yuan paid) against time progress 49.59% is 59.99% of pace (red: below 60)
            297600  | 2025-06-30 | 0.2976 | YELLOW | execution 29.76% (297600 yuan of 1000000 yuan paid) against time progress 49.59% is 60.01% of pace (yellow: 60 to 80)
            0       | 2025-06-30 | 0.0000 | RED    | execution 0% (0 yuan of 1000000 yuan paid) against time progress 49.59% is 0% of pace (red: below 60)
            """)
    void executionAgainstTimeProgressAtTheThresholds(BigDecimal paid, LocalDate asOf, BigDecimal execution,
            Light light, String reason) {
        BudgetExecution result = BudgetLights.evaluate(paid, BUDGET, asOf, 2025, CENTRAL);
        assertThat(result.execution()).isEqualTo(execution);
        assertThat(result.light()).isEqualTo(light);
        assertThat(Messages.render(result.reason(), Messages.ENGLISH)).isEqualTo(reason);
    }

    /** In Chinese, the default, the amounts are in 万元 as budgets are printed. */
    @ParameterizedTest(name = "{0} paid on {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            599900  | 2025-12-31 | RED    | 预算执行率 59.99%（已支付 59.99万元，年度预算 100万元），序时进度 100%，执行进度为序时进度的 59.99%（红灯：低于 60）
            600000  | 2025-12-31 | YELLOW | 预算执行率 60%（已支付 60万元，年度预算 100万元），序时进度 100%，执行进度为序时进度的 60%（黄灯：60 至 80）
            297540  | 2025-06-30 | RED    | 预算执行率 29.75%（已支付 29.754万元，年度预算 100万元），序时进度 49.59%，执行进度为序时进度的 59.99%（红灯：低于 60）
            800000  | 2025-12-31 | GREEN  | 预算执行率 80%（已支付 80万元，年度预算 100万元），序时进度 100%，执行进度为序时进度的 80%（绿灯：80 及以上）
            """)
    void theReasonInChinese(BigDecimal paid, LocalDate asOf, Light light, String reason) {
        BudgetExecution result = BudgetLights.evaluate(paid, BUDGET, asOf, 2025, CENTRAL);
        assertThat(result.light()).isEqualTo(light);
        assertThat(Messages.render(result.reason(), Messages.CHINESE)).isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0} paid by {1} in a leap year → {2}")
    @CsvSource(textBlock = """
            397800, 2024-06-30, YELLOW
            397900, 2024-06-30, GREEN
            """)
    void aLeapYearHas366Days(BigDecimal paid, LocalDate asOf, Light light) {
        // 182 of 366 days is 49.73%; the same date in 2025 is 181 of 365, 49.59%.
        BudgetExecution result = BudgetLights.evaluate(paid, BUDGET, asOf, 2024, CENTRAL);
        assertThat(result.timeProgress()).isEqualTo(new BigDecimal("0.4973"));
        assertThat(result.light()).isEqualTo(light);
    }

    @Test
    void noPaymentsRecordedCountAsNothingPaid() {
        BudgetExecution result = BudgetLights.evaluate(null, BUDGET, LocalDate.of(2025, 6, 30), 2025, CENTRAL);
        assertThat(result.execution()).isEqualTo(new BigDecimal("0.0000"));
        assertThat(result.light()).isEqualTo(Light.RED);
    }

    @ParameterizedTest(name = "budget {0}")
    @CsvSource(nullValues = "-", textBlock = """
            0
            0.00
            -
            """)
    void withoutABudgetThereIsNoLight(BigDecimal budget) {
        BudgetExecution result = BudgetLights.evaluate(new BigDecimal("5000"), budget, LocalDate.of(2025, 6, 30), 2025,
                CENTRAL);
        assertThat(result.execution()).isNull();
        assertThat(result.timeProgress()).isEqualTo(new BigDecimal("0.4959"));
        assertThat(result.light()).isEqualTo(Light.NONE);
        assertThat(Messages.render(result.reason(), Messages.ENGLISH))
                .isEqualTo("no annual budget for 2025, so execution is not judged");
        assertThat(Messages.render(result.reason(), Messages.CHINESE)).isEqualTo("2025 年度无预算，不判断预算执行");
    }

    @Test
    void beforeTheFiscalYearThereIsNoLight() {
        BudgetExecution result = BudgetLights.evaluate(new BigDecimal("500000"), BUDGET, LocalDate.of(2024, 12, 31),
                2025, CENTRAL);
        assertThat(result.execution()).isEqualTo(new BigDecimal("0.5000"));
        assertThat(result.timeProgress()).isEqualTo(new BigDecimal("0.0000"));
        assertThat(Judged.english(result.evaluation())).isEqualTo(new Judged(Light.NONE, "execution 50% (500000 yuan"
                + " of 1000000 yuan paid); fiscal year 2025 has not started on 2024-12-31, so it is not judged yet"));
        assertThat(Judged.chinese(result.evaluation())).isEqualTo(new Judged(Light.NONE,
                "预算执行率 50%（已支付 50万元，年度预算 100万元）；截至 2024-12-31，2025 财年尚未开始，暂不判断"));
    }

}
