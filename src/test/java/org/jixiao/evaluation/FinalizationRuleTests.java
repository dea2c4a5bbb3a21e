package org.jixiao.evaluation;

import java.time.LocalDate;

import org.jixiao.system.error.FieldViolation;
import org.jixiao.system.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Finalizing before the fiscal year (the calendar year) is over needs a reason; after it, none. */
class FinalizationRuleTests {

    @ParameterizedTest
    @CsvSource({"2026-01-01, false", "2026-06-30, false", "2026-12-31, false", "2027-01-01, true",
            "2030-05-01, true", "2025-12-31, false"})
    void theYearIsOverFromTheFirstOfJanuaryAfterIt(LocalDate today, boolean over) {
        assertThat(FinalizationRule.yearIsOver(2026, today)).isEqualTo(over);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\t"})
    void beforeTheYearEndsAMissingReasonIsRefusedNamingTheField(String reason) {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> FinalizationRule.reason(2026, LocalDate.of(2026, 12, 31), reason))
                .satisfies(ex -> assertThat(ex.violations()).extracting(FieldViolation::field)
                        .containsExactly("reason"))
                .satisfies(ex -> assertThat(ex.malformed()).isFalse())
                .withMessageContaining("2026-12-31");
    }

    @Test
    void beforeTheYearEndsAGivenReasonIsKeptStripped() {
        assertThat(FinalizationRule.reason(2026, LocalDate.of(2026, 11, 20), "  项目已于11月完工验收\n"))
                .isEqualTo("项目已于11月完工验收");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void afterTheYearEndsNoReasonIsNeeded(String reason) {
        assertThat(FinalizationRule.reason(2026, LocalDate.of(2027, 1, 1), reason)).isNull();
    }

    @Test
    void afterTheYearEndsAGivenReasonIsStillKept() {
        assertThat(FinalizationRule.reason(2024, LocalDate.of(2026, 3, 1), " 年度自评完成 ")).isEqualTo("年度自评完成");
    }

    @Test
    void aReasonIsAtMost2000CharactersCountedAsPeople() {
        String longest = "𠀀".repeat(FinalizationRule.MAX_REASON_LENGTH); // one character, two UTF-16 units
        assertThat(FinalizationRule.reason(2026, LocalDate.of(2026, 6, 1), longest)).isEqualTo(longest);

        for (LocalDate today : new LocalDate[] {LocalDate.of(2026, 6, 1), LocalDate.of(2027, 6, 1)}) {
            assertThatExceptionOfType(InvalidInputException.class)
                    .isThrownBy(() -> FinalizationRule.reason(2026, today, longest + "字"))
                    .satisfies(ex -> assertThat(ex.violations()).extracting(FieldViolation::field)
                            .containsExactly("reason"));
        }
    }
}
