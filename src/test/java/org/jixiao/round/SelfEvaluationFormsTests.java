package org.jixiao.round;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jixiao.evaluation.EvaluationView;
import org.jixiao.evaluation.scoring.BudgetScore;
import org.jixiao.evaluation.scoring.Grade;
import org.jixiao.evaluation.scoring.GroupScore;
import org.jixiao.evaluation.scoring.IndicatorScore;
import org.jixiao.evaluation.scoring.ScoreCard;
import org.jixiao.indicator.grammar.TargetParser;
import org.jixiao.project.Department;
import org.jixiao.project.Funding;
import org.jixiao.project.Project;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The self-evaluation form takes every figure from the evaluation and adds what the owner wrote. */
class SelfEvaluationFormsTests {

    private static final TargetParser TARGETS = new TargetParser();

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 10);

    @Test
    void theFiguresAreTheEvaluationsAndTheOwnersWordsStandBesideThem() {
        SelfEvaluationForm form = SelfEvaluationForms.compose(project(), report(), evaluation(),
                Map.of(41L, TARGETS.parse("≥95%", 2025), 42L, TARGETS.parse("服务质量明显提升", 2025)),
                Map.of(41L, new ReportEntry(41L, null, null, List.of(), null, "次年一季度前扩容")), TODAY);

        assertThat(form.total()).isEqualByComparingTo("86.50");
        assertThat(form.grade()).isEqualTo(Grade.GOOD);
        assertThat(form.gradeLabel()).isEqualTo("良");
        assertThat(form.evaluationState()).isEqualTo("FINAL");
        assertThat(form.funds().initialBudget()).isEqualByComparingTo("1000000");
        assertThat(form.funds().appropriation()).isEqualByComparingTo("900000");
        assertThat(form.funds().otherFunds()).isEqualByComparingTo("100000");
        assertThat(form.funds().executionRate()).isEqualByComparingTo("0.95");
        assertThat(form.funds().score()).isEqualByComparingTo("9.50");
        assertThat(form.goal()).isEqualTo(new SelfEvaluationForm.Goal("保障平台稳定运行", "全年稳定运行"));
        assertThat(form.conclusions()).isEqualTo("全年目标基本完成");

        SelfEvaluationForm.Line measured = form.indicators().get(0);
        assertThat(measured.grade()).isNull();
        assertThat(measured.causePrefill()).isEqualTo("硬件条件保障：服务器老化");
        assertThat(measured.cause()).isEqualTo("硬件条件保障：服务器老化");
        assertThat(measured.measure()).isEqualTo("次年一季度前扩容");
        assertThat(measured.belowPoints()).isTrue();

        SelfEvaluationForm.Line judged = form.indicators().get(1);
        assertThat(judged.grade()).isEqualTo("达成年度指标");
        assertThat(judged.belowPoints()).isTrue();
    }

    private static Project project() {
        return new Project(6L, 2025, new Department("102", "晋城市数据局"), "城市云平台运维项目", "市大数据中心", null, 1,
                null, Funding.BLANK, new Funding(new BigDecimal("1000000"), new BigDecimal("500000"),
                        new BigDecimal("300000"), new BigDecimal("100000"), null, new BigDecimal("100000")),
                null, new Project.Goals(null, "保障平台稳定运行"), null, List.of(), List.of(), null, null);
    }

    private static Report report() {
        return new Report(9, 3, 6, ReportState.DRAFT, 2, null, "全年稳定运行", null, null, null, null, null, null,
                null, null, "owner", Instant.parse("2026-01-09T01:00:00Z"), "全年目标基本完成", null);
    }

    private static EvaluationView evaluation() {
        ScoreCard score = new ScoreCard(new BigDecimal("86.50"), Grade.GOOD,
                new BudgetScore(new BigDecimal("1000000"), new BigDecimal("950000"), new BigDecimal("95.00"),
                        BigDecimal.TEN, new BigDecimal("9.50"), "W × min(B / A, 1)"),
                List.of(new GroupScore("产出指标", new BigDecimal("50"), new BigDecimal("44.00"))),
                List.of(new IndicatorScore(41, "产出指标", "质量指标", "系统可用率", "≥95%", new BigDecimal("95"),
                                new BigDecimal("88"), new BigDecimal("25"), "W × B / A", new BigDecimal("23.16"),
                                List.of(), "measurement #7"),
                        new IndicatorScore(42, "产出指标", "质量指标", "服务质量", "服务质量明显提升", null,
                                new BigDecimal("90"), new BigDecimal("25"), "ACHIEVED: W × 90 / 100",
                                new BigDecimal("22.50"), List.of(), null)),
                List.of(), "central", "1");
        return new EvaluationView(6, "城市云平台运维项目", "102", "晋城市数据局", 2025, TODAY, false, "FINAL", "evaluator",
                Instant.parse("2026-01-10T01:00:00Z"), null, score,
                List.of(new EvaluationView.Deviation(41, "系统可用率", "硬件条件保障", "服务器老化")), null);
    }
}
