package org.jixiao.light;

import java.math.BigDecimal;
import java.time.LocalDate;

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
            599900  | 2025-12-31 | 0.5999 | RED    | execution 59.99% (599900 of 1000000 yuan paid) against time progress 100% is 59.99% of pace (red: below 60)
            600000  | 2025-12-31 | 0.6000 | YELLOW | execution 60% (600000 of 1000000 yuan paid) against time progress 100% is 60% of pace (yellow: 60 to 80)
            799900  | 2025-12-31 | 0.7999 | YELLOW | execution 79.99% (799900 of 1000000 yuan paid) against time progress 100% is 79.99% of pace (yellow: 60 to 80)
            800000  | 2025-12-31 | 0.8000 | GREEN  | execution 80% (800000 of 1000000 yuan paid) against time progress 100% is 80% of pace (green: 80 or more)
            1000000 | 2026-01-20 | 1.0000 | GREEN  | execution 100% (1000000 of 1000000 yuan paid) against time progress 100% is 100% of pace (green: 80 or more)
            297540  | 2025-06-30 | 0.2975 | RED    | execution 29.75% (297540 of 1000000 yuan paid) against time progress 49.59% is 59.99% of pace (red: below 60)
            297600  | 2025-06-30 | 0.2976 | YELLOW | execution 29.76% (297600 of 1000000 yuan paid) against time progress 49.59% is 60.01% of pace (yellow: 60 to 80)
            0       | 2025-06-30 | 0.0000 | RED    | execution 0% (0 of 1000000 yuan paid) against time progress 49.59% is 0% of pace (red: below 60)
            """)
    void executionAgainstTimeProgressAtTheThresholds(BigDecimal paid, LocalDate asOf, BigDecimal execution,
            Light light, String reason) {
        BudgetExecution result = BudgetLights.evaluate(paid, BUDGET, asOf, 2025, CENTRAL);
        assertThat(result.execution()).isEqualTo(execution);
        assertThat(result.light()).isEqualTo(light);
        assertThat(result.reason()).isEqualTo(reason);
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
        assertThat(result.reason()).isEqualTo("no annual budget for 2025, so execution is not judged");
    }

    @Test
    void beforeTheFiscalYearThereIsNoLight() {
        BudgetExecution result = BudgetLights.evaluate(new BigDecimal("500000"), BUDGET, LocalDate.of(2024, 12, 31),
                2025, CENTRAL);
        assertThat(result.execution()).isEqualTo(new BigDecimal("0.5000"));
        assertThat(result.timeProgress()).isEqualTo(new BigDecimal("0.0000"));
        assertThat(result.evaluation()).isEqualTo(new Verdict(Light.NONE, "execution 50% (500000 of 1000000 yuan"
                + " paid); fiscal year 2025 has not started on 2024-12-31, so it is not judged yet"));
    }

}
