package org.jixiao.round;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jixiao.indicator.grammar.TargetParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionTests {

    private static final LocalDate END_OF_JULY = LocalDate.of(2025, 7, 31);

    @ParameterizedTest(name = "{0} with {1} by July → {2}")
    @CsvSource(nullValues = "null", value = {
            // Counts and amounts build up: extrapolated pro rata over the 7 months of the period.
            "≥7676个, 4200, 7200.00",
            "293台, 70, 120.00",
            "≥100万元, 350000, 600000.00",
            // Rates, levels, limits and durations are projected at their latest value.
            "≥99%, 99.5, 99.5",
            "≥90分, 92, 92",
            "≤70.6万元, 500000, 500000",
            "≤2小时, 1.5, 1.5",
            // Nothing to project from: deadlines, qualitative targets, or no actual yet.
            "10月前, 1, null",
            "显著提升, 1, null",
            "≥7676个, null, null"})
    void projectsTheFullYear(String target, String actual, String expected) {
        BigDecimal projected = Projection.projected(new TargetParser().parse(target, 2025),
                actual == null ? null : new BigDecimal(actual), END_OF_JULY, 2025);

        if (expected == null) {
            assertThat(projected).isNull();
        }
        else {
            assertThat(projected).isEqualByComparingTo(expected);
        }
    }

    @ParameterizedTest
    @CsvSource({"2025-07-31, 2025, 7", "2025-12-31, 2025, 12", "2026-01-31, 2025, 12", "2024-12-31, 2025, 1"})
    void monthsCoveredAreClampedToTheFiscalYear(LocalDate periodTo, int fiscalYear, int months) {
        assertThat(Projection.months(periodTo, fiscalYear)).isEqualTo(months);
    }
}
