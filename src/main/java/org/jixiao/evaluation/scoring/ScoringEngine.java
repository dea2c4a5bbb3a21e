package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The year-end self-evaluation (绩效自评) on the 100-point scheme of domain §6, with the options of a
 * {@link ScoringPack}. Pure and thread-safe; see {@code docs/scoring.md}.
 */
public final class ScoringEngine {

    /** 0 points: a project without indicators can earn only the budget points. */
    public static final String RULE_NO_INDICATORS = "NO_INDICATORS";

    /** 0 points: the points of a level-1 group without indicators went to another group. */
    public static final String RULE_POINTS_MOVED = "POINTS_MOVED";

    /** The pack option {@link ScoringPack#costRuleShanxi()}. */
    public static final String RULE_COST_SHANXI = "COST_RULE_SHANXI";

    /** The pack option {@link ScoringPack#overAchievementPenalty()}: −2 per indicator. */
    public static final String RULE_OVER_ACHIEVEMENT_PENALTY = "OVER_ACHIEVEMENT_PENALTY";

    /** The pack option {@link ScoringPack#capByExecution()}. */
    public static final String RULE_CAP_BY_EXECUTION = "CAP_BY_EXECUTION";

    static final BigDecimal PENALTY_SHARE = new BigDecimal("1.3");

    static final BigDecimal PENALTY_POINTS = BigDecimal.valueOf(2);

    static final BigDecimal SHANXI_COST_CEILING = BigDecimal.valueOf(5);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    private ScoringEngine() {
    }

    public static ScoreCard score(ScoreInput input) {
        ScoringPack pack = input.pack();
        List<Adjustment> adjustments = new ArrayList<>();
        List<IndicatorScoreInput> indicators = input.indicators();
        List<ScoringGroup> groups = indicators.stream().map(i -> ScoringGroup.of(i.indicatorId(), i.level1())).toList();

        Map<ScoringGroup, BigDecimal> poolPoints = poolPoints(pack, groups, adjustments);
        BigDecimal[] w = new BigDecimal[indicators.size()];
        for (ScoringGroup pool : poolPoints.keySet()) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < indicators.size(); i++) {
                if (groups.get(i).pool() == pool) {
                    members.add(i);
                }
            }
            List<BigDecimal> shares = PointsAllocation.allocate(pool.label(), poolPoints.get(pool),
                    members.stream().map(i -> indicators.get(i).weight()).toList());
            for (int k = 0; k < members.size(); k++) {
                w[members.get(k)] = shares.get(k);
            }
        }

        List<IndicatorScore> scores = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            scores.add(IndicatorScorer.score(indicators.get(i), w[i], pack));
        }
        BudgetScore budget = budget(input);
        BigDecimal running = budget.score();
        for (IndicatorScore score : scores) {
            running = running.add(score.score());
        }

        if (pack.costRuleShanxi()) {
            running = running.add(costRuleShanxi(indicators, groups, scores, poolPoints, adjustments));
        }
        if (pack.overAchievementPenalty()) {
            running = running.add(overAchievementPenalty(indicators, scores, adjustments));
        }
        if (pack.capByExecution()) {
            running = running.add(capByExecution(input, running, adjustments));
        }
        BigDecimal total = IndicatorScorer.round(running.max(BigDecimal.ZERO));
        return new ScoreCard(total, Grade.of(total), budget, groupScores(groups, scores), scores, adjustments,
                pack.name(), pack.version());
    }

    /** The points of each pool that has indicators; an empty group's points go to 产出, else 效益, else 满意度. */
    private static Map<ScoringGroup, BigDecimal> poolPoints(ScoringPack pack, List<ScoringGroup> groups,
            List<Adjustment> adjustments) {
        Map<ScoringGroup, BigDecimal> base = new EnumMap<>(ScoringGroup.class);
        base.put(ScoringGroup.OUTPUT, pack.outputPoints());
        base.put(ScoringGroup.BENEFIT, pack.benefitPoints());
        base.put(ScoringGroup.SATISFACTION, pack.satisfactionPoints());
        Map<ScoringGroup, BigDecimal> points = new EnumMap<>(ScoringGroup.class);
        for (ScoringGroup pool : base.keySet()) {
            if (groups.stream().anyMatch(g -> g.pool() == pool)) {
                points.put(pool, base.get(pool));
            }
        }
        if (points.isEmpty()) {
            BigDecimal lost = pack.outputPoints().add(pack.benefitPoints()).add(pack.satisfactionPoints());
            adjustments.add(new Adjustment(RULE_NO_INDICATORS, IndicatorScorer.zero(), "no indicator: the "
                    + IndicatorScorer.plain(lost) + " indicator points cannot be earned, only budget execution"));
            return points;
        }
        ScoringGroup receiver = points.keySet().iterator().next();
        for (ScoringGroup pool : base.keySet()) {
            if (!points.containsKey(pool) && base.get(pool).signum() > 0) {
                points.merge(receiver, base.get(pool), BigDecimal::add);
                adjustments.add(new Adjustment(RULE_POINTS_MOVED, IndicatorScorer.zero(), pool.label()
                        + " has no indicator: its " + IndicatorScorer.plain(base.get(pool)) + " points go to "
                        + receiver.label()));
            }
        }
        return points;
    }

    private static BudgetScore budget(ScoreInput input) {
        BigDecimal points = input.pack().budgetPoints();
        BigDecimal budget = input.annualBudget();
        BigDecimal paid = (input.paid() != null) ? input.paid() : BigDecimal.ZERO;
        if (budget == null || budget.signum() == 0) {
            return new BudgetScore(budget, paid, null, points, IndicatorScorer.zero(),
                    "no annual budget: execution cannot be measured → 0");
        }
        BigDecimal rate = IndicatorScorer.divide(paid.multiply(HUNDRED), budget);
        if (paid.compareTo(budget) >= 0) {
            return new BudgetScore(budget, paid, rate, points, IndicatorScorer.round(points),
                    "paid ≥ annual budget → W (W × min(paid / budget, 1))");
        }
        return new BudgetScore(budget, paid, rate, points, IndicatorScorer.divide(points.multiply(paid), budget),
                "W × paid / annual budget");
    }

    /**
     * Without a cost indicator of its own, the cost quarter of 产出 (one of its four level-2 kinds 数量, 质量, 时效,
     * 成本) earns at most 5: the 产出 group may score at most P − P / 4 + 5 (42.5 of 50).
     */
    private static BigDecimal costRuleShanxi(List<IndicatorScoreInput> indicators, List<ScoringGroup> groups,
            List<IndicatorScore> scores, Map<ScoringGroup, BigDecimal> poolPoints, List<Adjustment> adjustments) {
        boolean hasCost = false;
        for (int i = 0; i < indicators.size(); i++) {
            String level2 = indicators.get(i).level2();
            hasCost |= groups.get(i) == ScoringGroup.COST || (level2 != null && level2.contains("成本"));
        }
        BigDecimal outputPoints = poolPoints.get(ScoringGroup.OUTPUT);
        if (hasCost || outputPoints == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal ceiling = IndicatorScorer
            .round(outputPoints.subtract(outputPoints.divide(FOUR)).add(SHANXI_COST_CEILING));
        BigDecimal outputScore = BigDecimal.ZERO;
        for (int i = 0; i < scores.size(); i++) {
            if (groups.get(i).pool() == ScoringGroup.OUTPUT) {
                outputScore = outputScore.add(scores.get(i).score());
            }
        }
        BigDecimal deduction = outputScore.subtract(ceiling).max(BigDecimal.ZERO);
        BigDecimal points = IndicatorScorer.round(deduction.negate());
        adjustments.add(new Adjustment(RULE_COST_SHANXI, points, "no cost indicator: of 产出指标's "
                + IndicatorScorer.plain(outputPoints) + " points, the cost quarter ("
                + IndicatorScorer.plain(outputPoints.divide(FOUR)) + ") earns at most 5, so 产出 scores at most "
                + IndicatorScorer.plain(ceiling) + "; it scored " + IndicatorScorer.plain(outputScore)));
        return points;
    }

    private static BigDecimal overAchievementPenalty(List<IndicatorScoreInput> indicators,
            List<IndicatorScore> scores, List<Adjustment> adjustments) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorScoreInput indicator = indicators.get(i);
            if (IndicatorScorer.overAchieved(indicator.target(), indicator.actual(), PENALTY_SHARE)) {
                IndicatorScore score = scores.get(i);
                List<String> flags = new ArrayList<>(score.flags());
                flags.add(ScoreFlags.OVER_ACHIEVEMENT_PENALTY);
                scores.set(i, new IndicatorScore(score.indicatorId(), score.level1(), score.level2(), score.level3(),
                        score.targetText(), score.a(), score.b(), score.w(), score.formula(), score.score(), flags,
                        score.origin()));
                BigDecimal points = IndicatorScorer.round(PENALTY_POINTS.negate());
                adjustments.add(new Adjustment(RULE_OVER_ACHIEVEMENT_PENALTY, points, "indicator "
                        + indicator.indicatorId() + " " + indicator.level3() + ": B = "
                        + IndicatorScorer.plain(indicator.actual()) + " exceeds A = "
                        + IndicatorScorer.plain(indicator.target().value()) + " by 30% or more"));
                total = total.add(points);
            }
        }
        return total;
    }

    private static BigDecimal capByExecution(ScoreInput input, BigDecimal running, List<Adjustment> adjustments) {
        BigDecimal budget = input.annualBudget();
        if (budget == null || budget.signum() == 0) {
            adjustments.add(new Adjustment(RULE_CAP_BY_EXECUTION, IndicatorScorer.zero(),
                    "no annual budget: the execution rate is unknown, no cap"));
            return BigDecimal.ZERO;
        }
        BigDecimal paid = (input.paid() != null) ? input.paid() : BigDecimal.ZERO;
        // compare paid × 100 with budget × limit: exact, no rounded rate
        BigDecimal share = paid.multiply(HUNDRED);
        BigDecimal cap;
        String band;
        if (share.compareTo(budget.multiply(BigDecimal.valueOf(50))) < 0) {
            cap = BigDecimal.valueOf(59);
            band = "< 50%";
        }
        else if (share.compareTo(budget.multiply(BigDecimal.valueOf(60))) < 0) {
            cap = BigDecimal.valueOf(69);
            band = "50–60%";
        }
        else if (share.compareTo(budget.multiply(BigDecimal.valueOf(70))) < 0) {
            cap = BigDecimal.valueOf(79);
            band = "60–70%";
        }
        else if (share.compareTo(budget.multiply(BigDecimal.valueOf(80))) < 0) {
            cap = BigDecimal.valueOf(89);
            band = "70–80%";
        }
        else {
            return BigDecimal.ZERO;
        }
        BigDecimal points = IndicatorScorer.round(cap.subtract(running).min(BigDecimal.ZERO));
        adjustments.add(new Adjustment(RULE_CAP_BY_EXECUTION, points, "execution rate "
                + IndicatorScorer.plain(IndicatorScorer.divide(share, budget)) + "% is in " + band
                + ": the total is capped at " + cap + " (before the cap: " + IndicatorScorer.plain(running) + ")"));
        return points;
    }

    private static List<GroupScore> groupScores(List<ScoringGroup> groups, List<IndicatorScore> scores) {
        Map<ScoringGroup, BigDecimal[]> sums = new EnumMap<>(ScoringGroup.class);
        for (int i = 0; i < scores.size(); i++) {
            BigDecimal[] sum = sums.computeIfAbsent(groups.get(i),
                    g -> new BigDecimal[] { IndicatorScorer.zero(), IndicatorScorer.zero() });
            sum[0] = sum[0].add(scores.get(i).w());
            sum[1] = sum[1].add(scores.get(i).score());
        }
        List<GroupScore> result = new ArrayList<>();
        sums.forEach((group, sum) -> result.add(new GroupScore(group.label(), sum[0], sum[1])));
        return result;
    }

}
