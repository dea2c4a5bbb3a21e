package org.jixiao.rectification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jixiao.evaluation.scoring.Grade;
import org.jixiao.light.Light;
import org.jixiao.round.ReportForm;
import org.jixiao.round.SelfEvaluationForm;
import org.jixiao.system.error.Violations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RectificationRulesTests {

    private static final LocalDate AUGUST_TWENTIETH = LocalDate.of(2025, 8, 20);

    @Test
    void anApprovedFormOpensOneItemPerIndicatorJudgedImpossibleInTheFormsOrder() {
        ReportForm form = form(line(11, "驻场人数", "≥6人", "确定能", null),
                line(12, "系统可用率", "≥99%", "完全不可能", "更换供应商，11月底前恢复"),
                line(13, "响应时间", "≤30分钟", "有可能", "增加值守"),
                line(14, "故障次数", "≤3次", "完全不可能", "整改运维流程"));

        List<RectificationDraft> drafts = RectificationRules.fromMonitoring(7, 70, form, "晋城市数据局信息中心", 2025,
                AUGUST_TWENTIETH);

        assertThat(drafts).extracting(RectificationDraft::indicatorId).containsExactly(12L, 14L);
        assertThat(drafts).allSatisfy(draft -> {
            assertThat(draft.projectId()).isEqualTo(7);
            assertThat(draft.reportId()).isEqualTo(70L);
            assertThat(draft.who()).isEqualTo("晋城市数据局信息中心");
            assertThat(draft.due()).isEqualTo(LocalDate.of(2025, 12, 31));
        });
        assertThat(drafts.getFirst().what()).isEqualTo("系统可用率（年度指标值 ≥99%）：更换供应商，11月底前恢复");
    }

    @Test
    void aFormWithNothingJudgedImpossibleOpensNothing() {
        ReportForm form = form(line(11, "驻场人数", "≥6人", "有可能", "加人"), line(12, "系统可用率", "≥99%", null, null));

        assertThat(RectificationRules.fromMonitoring(7, 70, form, "单位", 2025, AUGUST_TWENTIETH)).isEmpty();
    }

    @Test
    void anImpossibleIndicatorWithoutAMeasureStillNamesTheIndicator() {
        ReportForm form = form(line(12, "系统可用率", "≥99%", "完全不可能", "  "));

        assertThat(RectificationRules.fromMonitoring(7, 70, form, "单位", 2025, AUGUST_TWENTIETH).getFirst().what())
                .startsWith("系统可用率（年度指标值 ≥99%）");
    }

    @Test
    void itemsAreDueAtTheEndOfTheFiscalYearOrAMonthAfterALateApproval() {
        assertThat(RectificationRules.defaultDue(2025, AUGUST_TWENTIETH)).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(RectificationRules.defaultDue(2025, LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(RectificationRules.defaultDue(2024, LocalDate.of(2025, 1, 10))).isEqualTo(LocalDate.of(2025, 2, 9));
    }

    @Test
    void aSelfEvaluationGradedFairOrPoorOpensOneItemPerIndicatorBelowItsPoints() {
        for (Grade grade : List.of(Grade.FAIR, Grade.POOR)) {
            SelfEvaluationForm form = selfEvaluation(grade, selfLine(21, "系统可用率", "≥99%", "10", "6", "更换供应商"),
                    selfLine(22, "驻场人数", "≥6人", "10", "10", null), selfLine(23, "满意度", "≥90%", "10", "8", " "));

            List<RectificationDraft> drafts = RectificationRules.fromSelfEvaluation(7, 80, form, "信息中心", 2025,
                    LocalDate.of(2026, 1, 10));

            assertThat(drafts).extracting(RectificationDraft::indicatorId).containsExactly(21L, 23L);
            assertThat(drafts.getFirst().what()).isEqualTo("系统可用率（年度指标值 ≥99%，得分 6/10）：更换供应商");
            assertThat(drafts.get(1).what()).isEqualTo("满意度（年度指标值 ≥90%，得分 8/10）：未达满分，需整改");
            assertThat(drafts).allSatisfy(draft -> assertThat(draft.due()).isEqualTo(LocalDate.of(2026, 2, 9)));
        }
    }

    @Test
    void aSelfEvaluationGradedExcellentOrGoodOpensNothing() {
        for (Grade grade : List.of(Grade.EXCELLENT, Grade.GOOD)) {
            SelfEvaluationForm form = selfEvaluation(grade, selfLine(21, "系统可用率", "≥99%", "10", "6", "更换供应商"));

            assertThat(RectificationRules.fromSelfEvaluation(7, 80, form, "信息中心", 2025, LocalDate.of(2026, 1, 10)))
                    .isEmpty();
        }
    }

    @Test
    void theImplementingUnitAnswersForAnItemElseTheDepartment() {
        assertThat(RectificationRules.who(" 信息中心 ", "数据局")).isEqualTo("信息中心");
        assertThat(RectificationRules.who(null, "数据局")).isEqualTo("数据局");
        assertThat(RectificationRules.who(" ", "数据局")).isEqualTo("数据局");
    }

    @Test
    void onlyAnOpenItemPastItsDueDateIsOverdue() {
        LocalDate due = LocalDate.of(2025, 12, 31);
        assertThat(RectificationRules.overdue(RectificationState.OPEN, due, due)).isFalse();
        assertThat(RectificationRules.overdue(RectificationState.OPEN, due, due.plusDays(1))).isTrue();
        assertThat(RectificationRules.overdue(RectificationState.DONE, due, due.plusDays(1))).isFalse();
    }

    @Test
    void aDueDateByHandFallsInTheProjectsFiscalYearOrNextToIt() {
        Violations violations = new Violations();
        RectificationRules.checkDue(violations, LocalDate.of(2026, 6, 30), 2025);
        assertThat(violations.isEmpty()).isTrue();
        RectificationRules.checkDue(violations, LocalDate.of(2027, 1, 1), 2025);
        RectificationRules.checkDue(violations, null, 2025);
        assertThat(violations.list()).extracting(violation -> violation.field()).containsExactly("due", "due");
    }

    private static SelfEvaluationForm selfEvaluation(Grade grade, SelfEvaluationForm.Line... lines) {
        return new SelfEvaluationForm(LocalDate.of(2026, 1, 10), "FINAL", LocalDate.of(2026, 1, 10), false, null,
                null, List.of(), List.of(lines), new BigDecimal("70"), grade, grade.label(), null, "central", "1");
    }

    private static SelfEvaluationForm.Line selfLine(long indicatorId, String level3, String target, String points,
            String score, String measure) {
        return new SelfEvaluationForm.Line(indicatorId, "产出指标", "质量指标", level3, target, null, null,
                new BigDecimal(points), new BigDecimal(score), null, List.of(), null, null, measure);
    }

    private static ReportForm form(ReportForm.Line... lines) {
        return new ReportForm(AUGUST_TWENTIETH, "1-7月", new ReportForm.Funds(BigDecimal.TEN, BigDecimal.ONE,
                new BigDecimal("0.1"), new BigDecimal("0.58"), Light.RED, null, null),
                new ReportForm.Goal("年度目标", "执行情况"), List.of(lines));
    }

    private static ReportForm.Line line(long indicatorId, String level3, String target, String likelihood,
            String measure) {
        return new ReportForm.Line(indicatorId, "产出指标", "质量指标", level3, target, null, null, null, null,
                Light.NONE, null, null, null, likelihood, List.of(), null, measure);
    }
}
