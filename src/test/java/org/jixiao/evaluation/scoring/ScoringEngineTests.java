package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.jixiao.indicator.grammar.TargetKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/** Whole projects of the Jincheng 2025 sheets scored by the engine, against sums done by hand. */
class ScoringEngineTests {

    private static final BigDecimal CITY_CLOUD_BUDGET = new BigDecimal("706000");

    /**
     * 城市云平台运维项目 (city-cloud-ops), budget 706 000, paid 650 000. 产出 50 / 8 = 6.25 each, 效益 30 / 2 = 15 each,
     * 满意度 10.
     */
    @Test
    void cityCloudOpsComputedByHand() {
        ScoreCard card = ScoringEngine.score(new ScoreInput(CITY_CLOUD_BUDGET, new BigDecimal("650000"),
                cityCloudOps(), ScoringPack.central()));

        // 10 × 650000 / 706000 = 9.2068 → 9.21; rate 92.07%
        assertThat(card.budget().score()).isEqualTo(new BigDecimal("9.21"));
        assertThat(card.budget().executionRate()).isEqualTo(new BigDecimal("92.07"));
        assertThat(card.indicators()).extracting(IndicatorScore::level3, IndicatorScore::w, IndicatorScore::score,
                IndicatorScore::formula)
            .containsExactly(
                    // ≥8人, B = 8
                    tuple("驻场人数", new BigDecimal("6.25"), new BigDecimal("6.25"), "B ≥ A → W"),
                    // 293台, B = 280: 6.25 × 280 / 293 = 5.9727 → 5.97
                    tuple("服务器运维数量", new BigDecimal("6.25"), new BigDecimal("5.97"), "W × B / A"),
                    // 45台, B = 45
                    tuple("运维网络设备数量", new BigDecimal("6.25"), new BigDecimal("6.25"), "B ≥ A → W"),
                    // ≥95%, B = 99.2
                    tuple("城市云平台设备及网络正常运行率", new BigDecimal("6.25"), new BigDecimal("6.25"), "B ≥ A → W"),
                    // ≤10%, B = 12: 6.25 × (1 − 2 / 10) = 5.00
                    tuple("故障发生率", new BigDecimal("6.25"), new BigDecimal("5.00"), "W × (1 − (B − A) / A)"),
                    // 10月, due 2025-10-31, met 2025-10-20
                    tuple("护网行动开展时间", new BigDecimal("6.25"), new BigDecimal("6.25"),
                            "met on time (2025-10-20 ≤ 2025-10-31) → W"),
                    // 及时, ACHIEVED at 90%: 5.625 → 5.63 (HALF_UP)
                    tuple("故障处理及时性", new BigDecimal("6.25"), new BigDecimal("5.63"),
                            "ACHIEVED 达成年度指标 [80, 100]: W × 90 / 100"),
                    // ≤70.6万元, B = 750000: 6.25 × (1 − 44000 / 706000) = 5.8605 → 5.86
                    tuple("尾款控制数(万)", new BigDecimal("6.25"), new BigDecimal("5.86"), "W × (1 − (B − A) / A)"),
                    // 保障, ACHIEVED at 85%: 12.75
                    tuple("保障城市云平台、电子政务网正常运行", new BigDecimal("15.00"), new BigDecimal("12.75"),
                            "ACHIEVED 达成年度指标 [80, 100]: W × 85 / 100"),
                    // 加强, PARTIAL at 70%: 10.50
                    tuple("加强数字政府、数字经济建设", new BigDecimal("15.00"), new BigDecimal("10.50"),
                            "PARTIAL 部分达成年度指标并具有一定效果 [60, 80): W × 70 / 100"),
                    // ≥90%, B = 93
                    tuple("平台使用人员满意度(%)", new BigDecimal("10.00"), new BigDecimal("10.00"), "B ≥ A → W"));
        // 产出 6.25 + 5.97 + 6.25 + 6.25 + 5.00 + 6.25 + 5.63 + 5.86 = 47.46; 效益 23.25; 满意度 10
        assertThat(card.groups()).extracting(GroupScore::level1, GroupScore::points, GroupScore::score)
            .containsExactly(tuple("产出指标", new BigDecimal("50.00"), new BigDecimal("47.46")),
                    tuple("效益指标", new BigDecimal("30.00"), new BigDecimal("23.25")),
                    tuple("满意度指标", new BigDecimal("10.00"), new BigDecimal("10.00")));
        // 9.21 + 47.46 + 23.25 + 10 = 89.92: 良, just short of 优
        assertThat(card.total()).isEqualTo(new BigDecimal("89.92"));
        assertThat(card.grade()).isEqualTo(Grade.GOOD);
        assertThat(card.adjustments()).isEmpty();
        assertThat(card.packName()).isEqualTo("central");
        assertThat(card.packVersion()).isEqualTo("2025.1");
        assertThat(card.indicators().get(0).origin()).isEqualTo("measurement #1");
        assertThat(card.indicators().get(5).origin()).isEqualTo("completed on 2025-10-20");
        assertThat(card.indicators().get(7).a()).isEqualByComparingTo("706000");
    }

    @Test
    void fullMarksAreExactly100EvenWhenPointsDoNotSplitEvenly() {
        // 大数据应用平台集成 (no satisfaction): 产出 60 / 5, 效益 30 / 2; every indicator fully met
        SeedIndicators seed = SeedIndicators.of("bigdata-platform-integration-smartcity-phase1");
        ScoreCard card = ScoringEngine.score(new ScoreInput(seed.annualBudget(), seed.annualBudget(),
                fullyMet(seed.indicators()), ScoringPack.central()));
        assertThat(card.total()).isEqualTo(new BigDecimal("100.00"));
        assertThat(card.grade()).isEqualTo(Grade.EXCELLENT);
    }

    @Test
    void withoutSatisfactionIndicatorsItsPointsGoToOutput() {
        SeedIndicators seed = SeedIndicators.of("bigdata-platform-integration-smartcity-phase1");
        ScoreCard card = ScoringEngine.score(
                new ScoreInput(seed.annualBudget(), BigDecimal.ZERO, seed.indicators(), ScoringPack.central()));
        assertThat(card.groups()).extracting(GroupScore::level1, GroupScore::points)
            .containsExactly(tuple("产出指标", new BigDecimal("60.00")), tuple("效益指标", new BigDecimal("30.00")));
        assertThat(card.indicators()).extracting(IndicatorScore::w)
            .containsExactly(new BigDecimal("12.00"), new BigDecimal("12.00"), new BigDecimal("12.00"),
                    new BigDecimal("12.00"), new BigDecimal("12.00"), new BigDecimal("15.00"),
                    new BigDecimal("15.00"));
        assertThat(card.adjustments()).containsExactly(new Adjustment(ScoringEngine.RULE_POINTS_MOVED,
                new BigDecimal("0.00"), "满意度指标 has no indicator: its 10 points go to 产出指标"));
    }

    @Test
    void withOnlyOutputIndicatorsAllIndicatorPointsGoToOutput() {
        // 云资源租用: 8 output indicators, nothing else: 90 / 8 = 11.25
        SeedIndicators seed = SeedIndicators.of("cloud-resource-rental");
        ScoreCard card = ScoringEngine.score(
                new ScoreInput(seed.annualBudget(), BigDecimal.ZERO, seed.indicators(), ScoringPack.central()));
        assertThat(card.indicators()).extracting(IndicatorScore::w).containsOnly(new BigDecimal("11.25"));
        assertThat(card.groups()).extracting(GroupScore::level1, GroupScore::points)
            .containsExactly(tuple("产出指标", new BigDecimal("90.00")));
        assertThat(card.adjustments()).extracting(Adjustment::reason)
            .containsExactly("效益指标 has no indicator: its 30 points go to 产出指标",
                    "满意度指标 has no indicator: its 10 points go to 产出指标");
    }

    @Test
    void withoutOutputIndicatorsTheirPointsGoToBenefit() {
        List<IndicatorScoreInput> indicators = cityCloudOps().stream()
            .filter(i -> !i.level1().equals("产出指标"))
            .toList();
        ScoreCard card = ScoringEngine.score(
                new ScoreInput(CITY_CLOUD_BUDGET, CITY_CLOUD_BUDGET, indicators, ScoringPack.central()));
        assertThat(card.groups()).extracting(GroupScore::level1, GroupScore::points)
            .containsExactly(tuple("效益指标", new BigDecimal("80.00")), tuple("满意度指标", new BigDecimal("10.00")));
    }

    @Test
    void setWeightsKeepTheirPointsAndTheRestShare() {
        List<IndicatorScoreInput> indicators = new ArrayList<>(cityCloudOps());
        // 尾款控制数 set to 15 of 产出's 50: the 7 others share 35 = 5 each; 效益: 20 set, 10 left
        indicators.set(7, indicators.get(7).withWeight(new BigDecimal("15")));
        indicators.set(8, indicators.get(8).withWeight(new BigDecimal("20")));
        ScoreCard card = ScoringEngine.score(
                new ScoreInput(CITY_CLOUD_BUDGET, CITY_CLOUD_BUDGET, indicators, ScoringPack.central()));
        assertThat(card.indicators()).extracting(IndicatorScore::w)
            .containsExactly(new BigDecimal("5.00"), new BigDecimal("5.00"), new BigDecimal("5.00"),
                    new BigDecimal("5.00"), new BigDecimal("5.00"), new BigDecimal("5.00"), new BigDecimal("5.00"),
                    new BigDecimal("15.00"), new BigDecimal("20.00"), new BigDecimal("10.00"),
                    new BigDecimal("10.00"));
        // 尾款 at 750000 of 706000 now weighs 15: 15 × 0.93768 = 14.07
        assertThat(card.indicators().get(7).score()).isEqualTo(new BigDecimal("14.07"));
    }

    @Test
    void aLevelOneCostGroupSharesTheOutputPoints() {
        // 2021 rules: the 4 cost rows of 大数据应用运行经费 as a level-1 成本指标; 产出 + 成本 share 50 over 13
        // indicators: 5000 cents / 13 = 384 rest 8, so the first 8 get 3.85 and the other 5 get 3.84
        SeedIndicators seed = SeedIndicators.of("bigdata-app-running-costs");
        List<IndicatorScoreInput> indicators = seed.indicators().stream()
            .map(i -> "成本指标".equals(i.level2()) ? relabel(i, "成本指标", "经济成本指标") : i)
            .toList();
        ScoreCard card = ScoringEngine.score(
                new ScoreInput(seed.annualBudget(), seed.annualBudget(), indicators, ScoringPack.central()));
        assertThat(card.groups()).extracting(GroupScore::level1, GroupScore::points)
            .containsExactly(tuple("产出指标", new BigDecimal("34.64")), tuple("成本指标", new BigDecimal("15.36")),
                    tuple("效益指标", new BigDecimal("30.00")), tuple("满意度指标", new BigDecimal("10.00")));
    }

    @ParameterizedTest(name = "budget {0}, paid {1} → {2} ({3}%)")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            706000 | 650000 | 9.21  | 92.07  | W × paid / annual budget
            706000 | 706000 | 10.00 | 100.00 | paid ≥ annual budget → W (W × min(paid / budget, 1))
            706000 | 800000 | 10.00 | 113.31 | paid ≥ annual budget → W (W × min(paid / budget, 1))
            706000 | 0      | 0.00  | 0.00   | W × paid / annual budget
            706000 | null   | 0.00  | 0.00   | W × paid / annual budget
            null   | 100    | 0.00  | null   | no annual budget: execution cannot be measured → 0
            0      | 100    | 0.00  | null   | no annual budget: execution cannot be measured → 0
            """)
    void budgetExecution(BigDecimal budget, BigDecimal paid, BigDecimal score, BigDecimal rate, String formula) {
        BudgetScore result = ScoringEngine
            .score(new ScoreInput(budget, paid, cityCloudOps(), ScoringPack.central()))
            .budget();
        assertThat(result.score()).isEqualTo(score);
        assertThat(result.executionRate()).isEqualTo(rate);
        assertThat(result.points()).isEqualByComparingTo("10");
        assertThat(result.formula()).isEqualTo(formula);
    }

    @ParameterizedTest(name = "paid {0} of 706000 → total {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            706000 | 100.00 | null
            564800 | 98.00  | null
            564799 | 89.00  | -9.00
            529500 | 89.00  | -8.50
            494200 | 89.00  | -8.00
            494199 | 79.00  | -18.00
            423600 | 79.00  | -17.00
            353000 | 69.00  | -26.00
            352999 | 59.00  | -36.00
            0      | 59.00  | -31.00
            """)
    void capByExecution(BigDecimal paid, BigDecimal total, BigDecimal adjustment) {
        ScoreCard card = ScoringEngine.score(new ScoreInput(CITY_CLOUD_BUDGET, paid, fullyMet(cityCloudOps()),
                pack(p -> new ScoringPack(p.name(), p.version(), p.budgetPoints(), p.outputPoints(),
                        p.benefitPoints(), p.satisfactionPoints(), true, false, false, null))));
        assertThat(card.total()).isEqualTo(total);
        if (adjustment == null) {
            assertThat(card.adjustments()).isEmpty();
        }
        else {
            assertThat(card.adjustments()).singleElement().satisfies(a -> {
                assertThat(a.rule()).isEqualTo(ScoringEngine.RULE_CAP_BY_EXECUTION);
                assertThat(a.points()).isEqualTo(adjustment);
            });
        }
    }

    @Test
    void capByExecutionWithoutABudgetIsNoted() {
        ScoreCard card = ScoringEngine.score(new ScoreInput(null, null, fullyMet(cityCloudOps()),
                pack(p -> new ScoringPack("capped", "1", p.budgetPoints(), p.outputPoints(), p.benefitPoints(),
                        p.satisfactionPoints(), true, false, false, null))));
        assertThat(card.total()).isEqualTo(new BigDecimal("90.00"));
        assertThat(card.adjustments()).containsExactly(new Adjustment(ScoringEngine.RULE_CAP_BY_EXECUTION,
                new BigDecimal("0.00"), "no annual budget: the execution rate is unknown, no cap"));
    }

    @ParameterizedTest(name = "驻场人数 ≥8人 at B = {0}: penalty {1}")
    @CsvSource(delimiter = '|', textBlock = """
            8    | false | false | 100.00
            9.5  | false | false | 100.00
            9.6  | false | true  | 100.00
            10.3 | false | true  | 100.00
            10.4 | true  | true  | 98.00
            16   | true  | true  | 98.00
            """)
    void overAchievementPenalty(BigDecimal actual, boolean penalised, boolean flagged, BigDecimal total) {
        List<IndicatorScoreInput> indicators = new ArrayList<>(fullyMet(cityCloudOps()));
        indicators.set(0, indicators.get(0).withActual(actual));
        ScoreCard card = ScoringEngine.score(new ScoreInput(CITY_CLOUD_BUDGET, CITY_CLOUD_BUDGET, indicators,
                pack(p -> new ScoringPack("penalty", "1", p.budgetPoints(), p.outputPoints(), p.benefitPoints(),
                        p.satisfactionPoints(), false, true, false, null))));
        assertThat(card.total()).isEqualTo(total);
        assertThat(card.indicators().get(0).flags().contains(ScoreFlags.OVER_ACHIEVEMENT_REVIEW)).isEqualTo(flagged);
        assertThat(card.indicators().get(0).flags().contains(ScoreFlags.OVER_ACHIEVEMENT_PENALTY))
            .isEqualTo(penalised);
        if (penalised) {
            assertThat(card.adjustments()).containsExactly(new Adjustment(
                    ScoringEngine.RULE_OVER_ACHIEVEMENT_PENALTY, new BigDecimal("-2.00"),
                    "indicator 1 驻场人数: B = " + actual.toPlainString() + " exceeds A = 8 by 30% or more"));
        }
        else {
            assertThat(card.adjustments()).isEmpty();
        }
    }

    @Test
    void overAchievementIsOnlyFlaggedWithoutThePenaltyOption() {
        List<IndicatorScoreInput> indicators = new ArrayList<>(fullyMet(cityCloudOps()));
        indicators.set(0, indicators.get(0).withActual(BigDecimal.valueOf(16)));
        ScoreCard card = ScoringEngine.score(
                new ScoreInput(CITY_CLOUD_BUDGET, CITY_CLOUD_BUDGET, indicators, ScoringPack.central()));
        assertThat(card.total()).isEqualTo(new BigDecimal("100.00"));
        assertThat(card.indicators().get(0).flags()).containsExactly(ScoreFlags.OVER_ACHIEVEMENT_REVIEW);
    }

    @Test
    void costRuleShanxiCapsOutputOfAProjectWithoutACostIndicator() {
        // 智慧人大建设费 has no cost indicator: 产出 50 may score at most 50 − 50 / 4 + 5 = 42.5
        SeedIndicators seed = SeedIndicators.of("smart-npc-construction-fees");
        assertThat(seed.indicators()).noneMatch(i -> i.level2().contains("成本"));
        ScoringPack shanxi = pack(p -> new ScoringPack("shanxi", "2024.1", p.budgetPoints(), p.outputPoints(),
                p.benefitPoints(), p.satisfactionPoints(), false, false, true, null));
        ScoreCard card = ScoringEngine.score(new ScoreInput(seed.annualBudget(), seed.annualBudget(),
                fullyMet(seed.indicators()), shanxi));
        assertThat(card.total()).isEqualTo(new BigDecimal("92.50"));
        assertThat(card.adjustments()).containsExactly(new Adjustment(ScoringEngine.RULE_COST_SHANXI,
                new BigDecimal("-7.50"), "no cost indicator: of 产出指标's 50 points, the cost quarter (12.5) earns at "
                        + "most 5, so 产出 scores at most 42.5; it scored 50"));
        assertThat(card.packName()).isEqualTo("shanxi");
        assertThat(card.packVersion()).isEqualTo("2024.1");
    }

    @Test
    void costRuleShanxiLeavesAProjectWithACostIndicatorAlone() {
        ScoringPack shanxi = pack(p -> new ScoringPack("shanxi", "2024.1", p.budgetPoints(), p.outputPoints(),
                p.benefitPoints(), p.satisfactionPoints(), false, false, true, null));
        ScoreCard card = ScoringEngine.score(
                new ScoreInput(CITY_CLOUD_BUDGET, CITY_CLOUD_BUDGET, fullyMet(cityCloudOps()), shanxi));
        assertThat(card.total()).isEqualTo(new BigDecimal("100.00"));
        assertThat(card.adjustments()).isEmpty();
    }

    @Test
    void aMissingTargetOnARealSheetScoresZeroUntilOverridden() {
        // 应用系统适配改造: 提升公共信息安全性 has a blank target
        SeedIndicators seed = SeedIndicators.of("app-system-adaptation");
        IndicatorScoreInput blank = seed.indicators().getLast();
        assertThat(blank.target().kind()).isEqualTo(TargetKind.MISSING);
        ScoreCard card = ScoringEngine.score(
                new ScoreInput(seed.annualBudget(), seed.annualBudget(), fullyMet(seed.indicators()),
                        ScoringPack.central()));
        assertThat(card.indicators().getLast().score()).isEqualByComparingTo("0");
        assertThat(card.indicators().getLast().flags()).containsExactly(ScoreFlags.TARGET_MISSING);
        assertThat(card.total()).isEqualTo(new BigDecimal("70.00"));
    }

    @Test
    void anUnknownLevelOneIsRefused() {
        IndicatorScoreInput odd = relabel(cityCloudOps().getFirst(), "其他指标", "数量指标");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> ScoringEngine.score(
                    new ScoreInput(CITY_CLOUD_BUDGET, CITY_CLOUD_BUDGET, List.of(odd), ScoringPack.central())))
            .withMessage("indicator 1: level 1 '其他指标' is none of 产出指标, 成本指标, 效益指标, 满意度指标");
    }

    @Test
    void aProjectWithoutIndicatorsScoresOnlyItsBudget() {
        ScoreCard card = ScoringEngine.score(
                new ScoreInput(CITY_CLOUD_BUDGET, new BigDecimal("353000"), List.of(), ScoringPack.central()));
        assertThat(card.total()).isEqualTo(new BigDecimal("5.00"));
        assertThat(card.grade()).isEqualTo(Grade.POOR);
        assertThat(card.groups()).isEmpty();
        assertThat(card.indicators()).isEmpty();
        assertThat(card.adjustments()).containsExactly(new Adjustment(ScoringEngine.RULE_NO_INDICATORS,
                new BigDecimal("0.00"), "no indicator: the 90 indicator points cannot be earned, only budget execution"));
    }

    @Test
    void aNullTargetIsScoredAsMissing() {
        IndicatorScoreInput blank = IndicatorScoreInput.measured(7, "效益指标", "社会效益", "提升公共信息安全性", null,
                null, null);
        assertThat(blank.target().kind()).isEqualTo(TargetKind.MISSING);
        ScoreCard card = ScoringEngine.score(
                new ScoreInput(CITY_CLOUD_BUDGET, CITY_CLOUD_BUDGET, List.of(blank), ScoringPack.central()));
        assertThat(card.indicators().getFirst().flags()).containsExactly(ScoreFlags.TARGET_MISSING);
        assertThat(card.total()).isEqualTo(new BigDecimal("10.00"));
    }

    /** city-cloud-ops with the actuals of {@link #cityCloudOpsComputedByHand()}. */
    private static List<IndicatorScoreInput> cityCloudOps() {
        List<IndicatorScoreInput> seed = SeedIndicators.of("city-cloud-ops").indicators();
        List<IndicatorScoreInput> result = new ArrayList<>();
        result.add(measured(seed.get(0), "8"));
        result.add(measured(seed.get(1), "280"));
        result.add(measured(seed.get(2), "45"));
        result.add(measured(seed.get(3), "99.2"));
        result.add(measured(seed.get(4), "12"));
        result.add(seed.get(5).withCompletedOn(LocalDate.of(2025, 10, 20)));
        result.add(seed.get(6).withGrade(QualitativeGrade.ACHIEVED, new BigDecimal("90")));
        result.add(measured(seed.get(7), "750000"));
        result.add(seed.get(8).withGrade(QualitativeGrade.ACHIEVED, new BigDecimal("85")));
        result.add(seed.get(9).withGrade(QualitativeGrade.PARTIAL, new BigDecimal("70")));
        result.add(measured(seed.get(10), "93"));
        return result;
    }

    private static IndicatorScoreInput measured(IndicatorScoreInput indicator, String actual) {
        return indicator.withActual(new BigDecimal(actual)).withOrigin("measurement #" + indicator.indicatorId());
    }

    /** Every indicator exactly on target: B = A, met on the due date, judged ACHIEVED at 100%. */
    private static List<IndicatorScoreInput> fullyMet(List<IndicatorScoreInput> indicators) {
        return indicators.stream().map(i -> switch (i.target().kind()) {
            case QUANTITY, PERCENT, MONEY, DURATION -> i.withActual(i.target().value());
            case DEADLINE -> i.withCompletedOn(i.target().due());
            case QUALITATIVE, COMPOUND, RECURRING -> i.withGrade(QualitativeGrade.ACHIEVED, BigDecimal.valueOf(100));
            case RANGE -> i.withActual(i.target().range().lower().value());
            case MISSING, UNPARSED -> i;
        }).toList();
    }

    private static IndicatorScoreInput relabel(IndicatorScoreInput i, String level1, String level2) {
        return new IndicatorScoreInput(i.indicatorId(), level1, level2, i.level3(), i.target(), i.actual(),
                i.actualOrigin(), i.completedOn(), i.weight(), i.grade(), i.gradePercent(), i.overridePoints(),
                i.overrideReason());
    }

    private static ScoringPack pack(UnaryOperator<ScoringPack> change) {
        return change.apply(ScoringPack.central());
    }

}
