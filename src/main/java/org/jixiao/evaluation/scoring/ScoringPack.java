package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;

/**
 * The scoring part of a rule pack (domain §6, §7): the points of the four parts of the 100-point self-evaluation and
 * the local options. Its name and version are recorded on every {@link ScoreCard}.
 *
 * @param name the pack's name ({@code central})
 * @param version the pack's version ({@code 2025.1})
 * @param budgetPoints points of budget execution (预算执行率), central 10
 * @param outputPoints points of 产出指标 (and of a 2021-style level-1 成本指标), central 50
 * @param benefitPoints points of 效益指标, central 30
 * @param satisfactionPoints points of 满意度指标, central 10
 * @param capByExecution cap the total by the execution rate (70–80% → 89, 60–70% → 79, 50–60% → 69, &lt; 50% → 59)
 * @param overAchievementPenalty −2 per indicator exceeding its (≥) target by 30% or more
 * @param costRuleShanxi a project with no cost indicator of its own scores at most 5 on the cost quarter of 产出
 * @param deadlinePartialCreditDays late deadlines earn W × (1 − daysLate / N) up to N days; {@code null}: late is 0
 */
public record ScoringPack(String name, String version, BigDecimal budgetPoints, BigDecimal outputPoints,
        BigDecimal benefitPoints, BigDecimal satisfactionPoints, boolean capByExecution,
        boolean overAchievementPenalty, boolean costRuleShanxi, Integer deadlinePartialCreditDays) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ScoringPack {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a scoring pack needs a name");
        }
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("scoring pack " + name + " needs a version");
        }
        requirePoints(name, "budgetPoints", budgetPoints);
        requirePoints(name, "outputPoints", outputPoints);
        requirePoints(name, "benefitPoints", benefitPoints);
        requirePoints(name, "satisfactionPoints", satisfactionPoints);
        BigDecimal sum = budgetPoints.add(outputPoints).add(benefitPoints).add(satisfactionPoints);
        if (sum.compareTo(HUNDRED) != 0) {
            throw new IllegalArgumentException("scoring pack " + name + " " + version
                    + ": points must add up to 100, but budget + output + benefit + satisfaction = "
                    + sum.stripTrailingZeros().toPlainString());
        }
        if (deadlinePartialCreditDays != null && deadlinePartialCreditDays <= 0) {
            throw new IllegalArgumentException("scoring pack " + name + " " + version
                    + ": deadlinePartialCreditDays must be positive (or null for no partial credit), was "
                    + deadlinePartialCreditDays);
        }
    }

    /** The central default (domain §6): 10 / 50 / 30 / 10, no local options. */
    public static ScoringPack central() {
        return new ScoringPack("central", "2025.1", BigDecimal.valueOf(10), BigDecimal.valueOf(50),
                BigDecimal.valueOf(30), BigDecimal.valueOf(10), false, false, false, null);
    }

    private static void requirePoints(String pack, String field, BigDecimal points) {
        if (points == null) {
            throw new IllegalArgumentException("scoring pack " + pack + ": " + field + " is required");
        }
        if (points.signum() < 0) {
            throw new IllegalArgumentException("scoring pack " + pack + ": " + field + " must not be negative, was "
                    + points.toPlainString());
        }
    }

}
