package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every formula branch of domain §6 on real target texts of the Jincheng 2025 sheets (a few forms the seed does not
 * print, such as ranges, come from the grammar's own examples), with W = 10.
 */
class IndicatorScorerTests {

    private static final BigDecimal W = BigDecimal.TEN;

    private static final ScoringPack CENTRAL = ScoringPack.central();

    private static final ScoringPack PARTIAL_CREDIT_30 = new ScoringPack("partial", "1", BigDecimal.valueOf(10),
            BigDecimal.valueOf(50), BigDecimal.valueOf(30), BigDecimal.valueOf(10), false, false, false, 30);

    @ParameterizedTest(name = "{0} with B = {1} → {2} by {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # higher is better (≥, >)
            ≥8人        | 8       | 10.00 | B ≥ A → W                | ''
            ≥8人        | 6       | 7.50  | W × B / A                | ''
            ≥8人        | 0       | 0.00  | W × B / A                | ''
            ≥8人        | -3      | 0.00  | B < 0 counts as 0 → 0    | ''
            ≥8人        | 9.5     | 10.00 | B ≥ A → W                | ''
            ≥8人        | 9.6     | 10.00 | B ≥ A → W                | OVER_ACHIEVEMENT_REVIEW
            ≥95%       | 90      | 9.47  | W × B / A                | ''
            ≥95%       | 99.2    | 10.00 | B ≥ A → W                | ''
            ≥7676个     | 7000    | 9.12  | W × B / A                | ''
            ≥120000GB  | 150000  | 10.00 | B ≥ A → W                | OVER_ACHIEVEMENT_REVIEW
            >90%       | 90      | 10.00 | B ≥ A → W                | ''
            ≫8人        | 7       | 8.75  | W × B / A                | TARGET_SUSPECT
            # exact (=, bare number): as higher is better
            293台       | 293     | 10.00 | B ≥ A → W                | ''
            293台       | 280     | 9.56  | W × B / A                | ''
            293台       | 400     | 10.00 | B ≥ A → W                | ''
            100%       | 98      | 9.80  | W × B / A                | ''
            110.49万元  | 1000000 | 9.05  | W × B / A                | ''
            1年         | 1       | 10.00 | B ≥ A → W                | ''
            0次         | 0       | 10.00 | A = 0 and B ≤ 0 → W      | ''
            0次         | 1       | 0.00  | A = 0 and B > 0 → 0      | ''
            # lower is better (≤, <); the domain's example: 1 − 44000 / 706000 = 0.93768 → 9.38
            ≤70.6万元   | 750000  | 9.38  | W × (1 − (B − A) / A)    | ''
            ≤70.6万元   | 706000  | 10.00 | B ≤ A → W                | ''
            ≤70.6万元   | 500000  | 10.00 | B ≤ A → W                | ''
            ≤70.6万元   | 1411999 | 0.00  | W × (1 − (B − A) / A)    | ''
            ≤70.6万元   | 1412000 | 0.00  | B ≥ 2A → 0               | ''
            <10%       | 10      | 10.00 | B ≤ A → W                | ''
            <5%        | 7       | 6.00  | W × (1 − (B − A) / A)    | ''
            ≤6000元/台  | 6600    | 9.00  | W × (1 − (B − A) / A)    | ''
            4小时内      | 5       | 7.50  | W × (1 − (B − A) / A)    | ''
            # no actual on a measured target
            ≥95%       | null    | 0.00  | no actual → 0            | NO_ACTUAL
            ≤70.6万元   | null    | 0.00  | no actual → 0            | NO_ACTUAL
            # range: W inside, proportional below the lower bound, falling to 0 at twice the upper bound
            90%-95%    | 92      | 10.00 | L ≤ B ≤ U → W            | ''
            90%-95%    | 90      | 10.00 | L ≤ B ≤ U → W            | ''
            90%-95%    | 81      | 9.00  | B < L: W × B / L         | ''
            90%-95%    | 97      | 9.79  | B > U: W × (1 − (B − U) / U) | ''
            90%-95%    | 190     | 0.00  | B > U: B ≥ 2U → 0        | ''
            90%-95%    | null    | 0.00  | no actual → 0            | NO_ACTUAL
            """)
    void measured(String text, BigDecimal actual, BigDecimal score, String formula, String flags) {
        IndicatorScore result = IndicatorScorer.score(indicator(text).withActual(actual), W, CENTRAL);
        assertThat(result.score()).isEqualByComparingTo(score);
        assertThat(result.score().scale()).isEqualTo(2);
        assertThat(result.formula()).isEqualTo(formula);
        assertThat(result.flags()).containsExactlyElementsOf(flags(flags));
        assertThat(result.b()).isEqualTo(actual);
        assertThat(result.w()).isEqualTo(W);
        assertThat(result.targetText()).isEqualTo(text);
    }

    @Test
    void theDomainExampleShowsAandBInYuan() {
        IndicatorScore result = IndicatorScorer.score(
                indicator("≤70.6万元").withActual(new BigDecimal("750000")).withOrigin("payment ledger"), W, CENTRAL);
        assertThat(result.a()).isEqualByComparingTo("706000");
        assertThat(result.b()).isEqualByComparingTo("750000");
        assertThat(result.origin()).isEqualTo("payment ledger");
        // 10 × (1 − 44000 / 706000) = 9.3767705…: one HALF_UP rounding at the end, to 2 decimals
        assertThat(result.score()).isEqualTo(new BigDecimal("9.38"));
    }

    @ParameterizedTest(name = "{0} met on {1}, partial credit {2} days → {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            10月   | 2025-10-20 | null | 10.00 | met on time (2025-10-20 ≤ 2025-10-31) → W | ''
            10月   | 2025-10-31 | null | 10.00 | met on time (2025-10-31 ≤ 2025-10-31) → W | ''
            10月   | 2025-11-01 | null | 0.00  | late by 1 days (2025-11-01 > 2025-10-31) → 0 | DEADLINE_LATE
            10月   | null       | null | 0.00  | not met (due 2025-10-31) → 0 | DEADLINE_NOT_MET
            6月前  | 2025-05-31 | null | 10.00 | met on time (2025-05-31 ≤ 2025-05-31) → W | ''
            6月前  | 2025-06-10 | null | 0.00  | late by 10 days (2025-06-10 > 2025-05-31) → 0 | DEADLINE_LATE
            10月   | 2025-11-10 | 30   | 6.67  | late by 10 days (2025-11-10 > 2025-10-31): W × (1 − daysLate / N), N = 30 | DEADLINE_LATE
            10月   | 2025-11-01 | 30   | 9.67  | late by 1 days (2025-11-01 > 2025-10-31): W × (1 − daysLate / N), N = 30 | DEADLINE_LATE
            10月   | 2025-11-30 | 30   | 0.00  | late by 30 days (2025-11-30 > 2025-10-31), daysLate ≥ N = 30 → 0 | DEADLINE_LATE
            10月   | 2025-10-15 | 30   | 10.00 | met on time (2025-10-15 ≤ 2025-10-31) → W | ''
            <5月   | 2025-04-30 | null | 10.00 | met on time (2025-04-30 ≤ 2025-04-30) → W | ''
            ≤11月  | 2025-12-01 | null | 0.00  | late by 1 days (2025-12-01 > 2025-11-30) → 0 | DEADLINE_LATE
            """)
    void deadlines(String text, LocalDate completedOn, Integer partialDays, BigDecimal score, String formula,
            String flags) {
        ScoringPack pack = (partialDays == null) ? CENTRAL : PARTIAL_CREDIT_30;
        IndicatorScore result = IndicatorScorer.score(indicator(text).withCompletedOn(completedOn), W, pack);
        assertThat(result.score()).isEqualByComparingTo(score);
        assertThat(result.formula()).isEqualTo(formula);
        assertThat(result.flags()).containsExactlyElementsOf(flags(flags));
        assertThat(result.origin()).isEqualTo((completedOn != null) ? "completed on " + completedOn : null);
    }

    @ParameterizedTest(name = "{0} graded {1} at {2}% → {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            及时                        | ACHIEVED     | 90    | 9.00  | ''
            及时                        | ACHIEVED     | 100   | 10.00 | ''
            保障                        | ACHIEVED     | 80    | 8.00  | ''
            保障                        | ACHIEVED     | null  | 8.00  | ''
            加强                        | PARTIAL      | 79.99 | 8.00  | ''
            加强                        | PARTIAL      | 60    | 6.00  | ''
            加强                        | PARTIAL      | 65.55 | 6.56  | ''
            合理                        | NOT_ACHIEVED | 59.99 | 6.00  | ''
            合理                        | NOT_ACHIEVED | 0     | 0.00  | ''
            推进                        | null         | null  | 0.00  | NEEDS_GRADE
            一般故障4小时内、较大故障8小时内 | PARTIAL      | 70    | 7.00  | ''
            一般故障4小时内、较大故障8小时内 | null         | null  | 0.00  | NEEDS_GRADE
            每季度                       | ACHIEVED     | 85    | 8.50  | ''
            每季度                       | null         | null  | 0.00  | NEEDS_GRADE
            """)
    void judgedByAPerson(String text, QualitativeGrade grade, BigDecimal percent, BigDecimal score, String flags) {
        IndicatorScore result = IndicatorScorer.score(indicator(text).withGrade(grade, percent), W, CENTRAL);
        assertThat(result.score()).isEqualByComparingTo(score);
        assertThat(result.flags()).containsExactlyElementsOf(flags(flags));
        if (grade != null) {
            assertThat(result.formula()).startsWith(grade + " " + grade.label() + " " + grade.band())
                .endsWith("W × " + ((percent != null) ? percent.stripTrailingZeros().toPlainString()
                        : grade.lower().toPlainString()) + " / 100");
            assertThat(result.b()).isEqualByComparingTo((percent != null) ? percent : grade.lower());
        }
    }

    @ParameterizedTest(name = "{0}% is outside the band of {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ACHIEVED     | 79.99  | [80, 100]
            ACHIEVED     | 100.01 | [80, 100]
            PARTIAL      | 80     | [60, 80)
            PARTIAL      | 59.99  | [60, 80)
            NOT_ACHIEVED | 60     | [0, 60)
            NOT_ACHIEVED | -1     | [0, 60)
            """)
    void aPercentOutsideItsGradesBandIsRefused(QualitativeGrade grade, BigDecimal percent, String band) {
        assertThatIllegalArgumentException().isThrownBy(() -> indicator("及时").withGrade(grade, percent))
            .withMessage("indicator 1 (level 3): gradePercent " + percent.toPlainString() + " is outside the band "
                    + band + " of grade " + grade + " (" + grade.label() + ")");
    }

    @Test
    void aPercentWithoutAGradeIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> indicator("及时").withGrade(null, BigDecimal.TEN))
            .withMessageContaining("without a grade");
    }

    @ParameterizedTest(name = "target {0} → 0 and {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            null  | TARGET_MISSING  | target missing → 0
            /     | TARGET_MISSING  | target missing → 0
            见附件 | TARGET_UNPARSED | target unreadable → 0
            13月   | TARGET_UNPARSED | target unreadable → 0
            """)
    void unreadableTargetsScoreZero(String text, String flag, String formula) {
        IndicatorScore result = IndicatorScorer.score(indicator(text).withActual(BigDecimal.ONE), W, CENTRAL);
        assertThat(result.score()).isEqualByComparingTo("0");
        assertThat(result.flags()).containsExactly(flag);
        assertThat(result.formula()).isEqualTo(formula);
    }

    @ParameterizedTest(name = "{0} with B = {1} overridden to {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            见附件  | null | 6      | 6.00  | TARGET_UNPARSED OVERRIDDEN
            null   | null | 7.5    | 7.50  | TARGET_MISSING OVERRIDDEN
            ≥8人    | 8    | 5      | 5.00  | OVERRIDDEN
            ≥8人    | 8    | 12     | 10.00 | OVERRIDDEN OVERRIDE_CLAMPED
            ≥8人    | 8    | -1     | 0.00  | OVERRIDDEN OVERRIDE_CLAMPED
            ≥8人    | 8    | 3.3333 | 3.33  | OVERRIDDEN
            """)
    void anOverrideReplacesTheComputedPoints(String text, BigDecimal actual, BigDecimal override, BigDecimal score,
            String flags) {
        IndicatorScore result = IndicatorScorer.score(
                indicator(text).withActual(actual).withOverride(override, "合同变更，经评价组认定"), W, CENTRAL);
        assertThat(result.score()).isEqualByComparingTo(score);
        assertThat(result.flags()).containsExactlyElementsOf(flags(flags));
        assertThat(result.formula()).startsWith("override (合同变更，经评价组认定) → ").contains("; computed: ");
    }

    @Test
    void anOverrideNeedsAReason() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> indicator("≥8人").withOverride(BigDecimal.ONE, " "))
            .withMessage("indicator 1 (level 3): overriding the points needs a reason");
    }

    @Test
    void aNegativeWeightIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> indicator("≥8人").withWeight(BigDecimal.valueOf(-1)))
            .withMessageContaining("weight must not be negative");
    }

    private static IndicatorScoreInput indicator(String text) {
        return IndicatorScoreInput.measured(1, "产出指标", "数量指标", "level 3", SeedIndicators.PARSER.parse(text, 2025),
                null, null);
    }

    private static List<String> flags(String flags) {
        return flags.isBlank() ? List.of() : Arrays.asList(flags.strip().split(" +"));
    }

}
