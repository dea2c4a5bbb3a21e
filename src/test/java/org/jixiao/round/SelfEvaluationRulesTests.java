package org.jixiao.round;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jixiao.evaluation.scoring.Grade;
import org.jixiao.evaluation.scoring.ScoreFlags;
import org.jixiao.system.error.FieldViolation;
import org.jixiao.system.error.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SelfEvaluationRulesTests {

    @ParameterizedTest(name = "scored {0} of {1}: needs a cause and a measure = {2}")
    @CsvSource({"5, 5, false", "5.00, 5, false", "4.99, 5, true", "0, 5, true", "0, 0, false"})
    void aDeviationAnalysisIsRequiredWhereverAnIndicatorScoredBelowItsPoints(String score, String points,
            boolean needed) {
        List<String> fields = fields(SelfEvaluationRules.gaps(form(line(score, points, List.of(), null, null)), 6,
                2025));

        assertThat(fields.contains("indicators[0].causeText")).isEqualTo(needed);
        assertThat(fields.contains("indicators[0].measure")).isEqualTo(needed);
    }

    @Test
    void aCauseAndAMeasureCloseTheGap() {
        assertThat(SelfEvaluationRules.gaps(form(line("3", "5", List.of(), "资金拨付滞后", "次年提前拨付")), 6, 2025)
                .isEmpty()).isTrue();
        assertThat(fields(SelfEvaluationRules.gaps(form(line("3", "5", List.of(), "资金拨付滞后", " ")), 6, 2025)))
                .containsExactly("indicators[0].measure");
    }

    @Test
    void anIndicatorWaitingForTheEvaluatorsGradeIsAGapOfItsOwnNamingWhereItIsGraded() {
        Violations gaps = SelfEvaluationRules.gaps(form(line("0", "5", List.of(ScoreFlags.NEEDS_GRADE), null, null)),
                6, 2025);

        assertThat(fields(gaps)).containsExactly("indicators[0].grade");
        assertThat(gaps.list().getFirst().message()).contains("「群众满意度」").contains("/api/v1/projects/6/evaluation/2025");
    }

    @Test
    void theGoalsActualAndTheConclusionsAreRequired() {
        SelfEvaluationForm empty = new SelfEvaluationForm(LocalDate.of(2026, 1, 10), "DRAFT",
                LocalDate.of(2026, 1, 10), false, null, new SelfEvaluationForm.Goal("保障平台稳定运行", " "), List.of(),
                List.of(line("3", "5", List.of(), null, null)), new BigDecimal("93.00"), Grade.EXCELLENT, "优", null,
                "central", "1");

        Violations gaps = SelfEvaluationRules.gaps(empty, 6, 2025);

        assertThat(fields(gaps)).containsExactly("progress", "indicators[0].causeText", "indicators[0].measure",
                "conclusions");
        assertThat(gaps.list().get(1).message()).contains("「群众满意度」").contains("scored 3 of its 5 points");
    }

    @Test
    void aSaveMayNotCarryTheMonitoringFormsColumns() {
        Violations violations = new Violations();
        SelfEvaluationRules.checkUpdate(violations, new BigDecimal("1000"), List.of(
                new ReportEntry(1L, new BigDecimal("3"), "确定能", List.of("经费保障"), "原因", "措施"),
                new ReportEntry(2L, null, null, List.of(), "原因", "措施")));

        assertThat(fields(violations)).containsExactly("fundsProjected", "indicators[0].projected",
                "indicators[0].likelihood", "indicators[0].causes");
    }

    private static SelfEvaluationForm form(SelfEvaluationForm.Line line) {
        return new SelfEvaluationForm(LocalDate.of(2026, 1, 10), "FINAL", LocalDate.of(2026, 1, 10), false, null,
                new SelfEvaluationForm.Goal("保障平台稳定运行", "全年平台稳定运行"), List.of(), List.of(line),
                new BigDecimal("93.00"), Grade.EXCELLENT, "优", "全年目标基本完成", "central", "1");
    }

    private static SelfEvaluationForm.Line line(String score, String points, List<String> flags, String cause,
            String measure) {
        return new SelfEvaluationForm.Line(7, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%",
                new BigDecimal("85"), null, new BigDecimal(points), new BigDecimal(score), "W × B / A", flags, null,
                cause, measure);
    }

    private static List<String> fields(Violations violations) {
        return violations.list().stream().map(FieldViolation::field).toList();
    }
}
