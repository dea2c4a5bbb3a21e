package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.indicator.grammar.Direction;
import org.jixiao.indicator.grammar.Target;
import org.jixiao.indicator.grammar.TargetKind;

/** Scores one indicator with its points W (domain §6), by the kind of its target. */
final class IndicatorScorer {

    static final BigDecimal OVER_ACHIEVEMENT_REVIEW_SHARE = new BigDecimal("1.2");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private IndicatorScorer() {
    }

    /** The points, formula and the A and B shown, before any override. */
    private record Computed(BigDecimal a, BigDecimal b, String formula, BigDecimal score) {
    }

    static IndicatorScore score(IndicatorScoreInput input, BigDecimal w, ScoringPack pack) {
        Target target = input.target();
        List<String> flags = new ArrayList<>();
        if (target.suspect()) {
            flags.add(ScoreFlags.TARGET_SUSPECT);
        }
        Computed computed = switch (target.kind()) {
            case MISSING -> flagged(flags, ScoreFlags.TARGET_MISSING, "target missing → 0");
            case UNPARSED -> flagged(flags, ScoreFlags.TARGET_UNPARSED, "target unreadable → 0");
            case QUANTITY, PERCENT, MONEY, DURATION -> measured(input, w, flags);
            case DEADLINE -> deadline(input, w, pack, flags);
            case RANGE -> range(input, w, flags);
            case QUALITATIVE, COMPOUND, RECURRING -> judged(input, w, flags);
        };
        if (overAchieved(target, input.actual(), OVER_ACHIEVEMENT_REVIEW_SHARE)) {
            flags.add(ScoreFlags.OVER_ACHIEVEMENT_REVIEW);
        }
        String formula = computed.formula();
        BigDecimal score = computed.score();
        if (input.overridePoints() != null) {
            BigDecimal clamped = input.overridePoints().max(BigDecimal.ZERO).min(w);
            flags.add(ScoreFlags.OVERRIDDEN);
            if (clamped.compareTo(input.overridePoints()) != 0) {
                flags.add(ScoreFlags.OVERRIDE_CLAMPED);
            }
            formula = "override (" + input.overrideReason().strip() + ") → " + plain(round(clamped))
                    + "; computed: " + formula + " → " + plain(score);
            score = round(clamped);
        }
        String origin = input.actualOrigin();
        if (origin == null && input.completedOn() != null && target.kind() == TargetKind.DEADLINE) {
            origin = "completed on " + input.completedOn();
        }
        return new IndicatorScore(input.indicatorId(), input.level1(), input.level2(), input.level3(), target.text(),
                computed.a(), computed.b(), w, formula, score, flags, origin);
    }

    /** Whether B reaches {@code share} × A on a ≥ (or &gt;) target with A &gt; 0. */
    static boolean overAchieved(Target target, BigDecimal actual, BigDecimal share) {
        return target.direction() == Direction.HIGHER_IS_BETTER && target.value() != null
                && target.value().signum() > 0 && actual != null
                && actual.compareTo(target.value().multiply(share)) >= 0;
    }

    private static Computed flagged(List<String> flags, String flag, String formula) {
        flags.add(flag);
        return new Computed(null, null, formula, zero());
    }

    private static Computed measured(IndicatorScoreInput input, BigDecimal w, List<String> flags) {
        Target target = input.target();
        BigDecimal a = target.value();
        BigDecimal b = input.actual();
        if (a == null || target.direction() == null) {
            flags.add(ScoreFlags.TARGET_UNPARSED);
            return new Computed(a, b, "target has no value or direction → 0", zero());
        }
        if (b == null) {
            flags.add(ScoreFlags.NO_ACTUAL);
            return new Computed(a, null, "no actual → 0", zero());
        }
        return switch (target.direction()) {
            case HIGHER_IS_BETTER -> higherIsBetter(a, b, w);
            case EXACT -> (a.signum() == 0) ? exactZero(b, w) : higherIsBetter(a, b, w);
            case LOWER_IS_BETTER -> lowerIsBetter(a, b, w, "A", "B");
        };
    }

    private static Computed higherIsBetter(BigDecimal a, BigDecimal b, BigDecimal w) {
        if (b.compareTo(a) >= 0) {
            return new Computed(a, b, "B ≥ A → W", round(w));
        }
        if (a.signum() <= 0) {
            return new Computed(a, b, "B < A ≤ 0 → 0", zero());
        }
        if (b.signum() < 0) {
            return new Computed(a, b, "B < 0 counts as 0 → 0", zero());
        }
        return new Computed(a, b, "W × B / A", divide(w.multiply(b), a));
    }

    private static Computed exactZero(BigDecimal b, BigDecimal w) {
        return (b.signum() <= 0) ? new Computed(BigDecimal.ZERO, b, "A = 0 and B ≤ 0 → W", round(w))
                : new Computed(BigDecimal.ZERO, b, "A = 0 and B > 0 → 0", zero());
    }

    /** ≤ and &lt;: W up to A, falling linearly to 0 at 2A; {@code a}/{@code b} name the values in the formula. */
    private static Computed lowerIsBetter(BigDecimal limit, BigDecimal actual, BigDecimal w, String a, String b) {
        if (actual.compareTo(limit) <= 0) {
            return new Computed(limit, actual, b + " ≤ " + a + " → W", round(w));
        }
        if (limit.signum() <= 0) {
            return new Computed(limit, actual, b + " > " + a + " and " + a + " ≤ 0 → 0", zero());
        }
        if (actual.compareTo(limit.multiply(TWO)) >= 0) {
            return new Computed(limit, actual, b + " ≥ 2" + a + " → 0", zero());
        }
        // W × (1 − (B − A) / A) = W × (2A − B) / A, divided once so that only the final rounding applies
        return new Computed(limit, actual, "W × (1 − (" + b + " − " + a + ") / " + a + ")",
                divide(w.multiply(limit.multiply(TWO).subtract(actual)), limit));
    }

    private static Computed deadline(IndicatorScoreInput input, BigDecimal w, ScoringPack pack, List<String> flags) {
        LocalDate due = input.target().due();
        LocalDate done = input.completedOn();
        if (due == null) {
            flags.add(ScoreFlags.TARGET_UNPARSED);
            return new Computed(null, null, "deadline without a due date → 0", zero());
        }
        if (done == null) {
            flags.add(ScoreFlags.DEADLINE_NOT_MET);
            return new Computed(null, null, "not met (due " + due + ") → 0", zero());
        }
        if (!done.isAfter(due)) {
            return new Computed(null, null, "met on time (" + done + " ≤ " + due + ") → W", round(w));
        }
        flags.add(ScoreFlags.DEADLINE_LATE);
        long daysLate = ChronoUnit.DAYS.between(due, done);
        Integer days = pack.deadlinePartialCreditDays();
        String late = "late by " + daysLate + " days (" + done + " > " + due + ")";
        if (days == null) {
            return new Computed(null, null, late + " → 0", zero());
        }
        if (daysLate >= days) {
            return new Computed(null, null, late + ", daysLate ≥ N = " + days + " → 0", zero());
        }
        BigDecimal n = BigDecimal.valueOf(days);
        return new Computed(null, null, late + ": W × (1 − daysLate / N), N = " + days,
                divide(w.multiply(n.subtract(BigDecimal.valueOf(daysLate))), n));
    }

    private static Computed range(IndicatorScoreInput input, BigDecimal w, List<String> flags) {
        Target target = input.target();
        BigDecimal b = input.actual();
        if (target.range() == null || target.range().lower() == null || target.range().upper() == null) {
            flags.add(ScoreFlags.TARGET_UNPARSED);
            return new Computed(null, b, "range without bounds → 0", zero());
        }
        BigDecimal lower = target.range().lower().value();
        BigDecimal upper = target.range().upper().value();
        if (b == null) {
            flags.add(ScoreFlags.NO_ACTUAL);
            return new Computed(null, null, "no actual → 0", zero());
        }
        if (b.compareTo(lower) >= 0 && b.compareTo(upper) <= 0) {
            return new Computed(null, b, "L ≤ B ≤ U → W", round(w));
        }
        if (b.compareTo(lower) < 0) {
            if (b.signum() <= 0 || lower.signum() <= 0) {
                return new Computed(null, b, "B < L, B ≤ 0 → 0", zero());
            }
            return new Computed(null, b, "B < L: W × B / L", divide(w.multiply(b), lower));
        }
        Computed above = lowerIsBetter(upper, b, w, "U", "B");
        return new Computed(null, b, "B > U: " + above.formula(), above.score());
    }

    private static Computed judged(IndicatorScoreInput input, BigDecimal w, List<String> flags) {
        QualitativeGrade grade = input.grade();
        if (grade == null) {
            flags.add(ScoreFlags.NEEDS_GRADE);
            return new Computed(null, null, "no grade yet → 0", zero());
        }
        BigDecimal percent = (input.gradePercent() != null) ? input.gradePercent() : grade.lower();
        String given = (input.gradePercent() != null) ? "" : ", no percent given: the band's lower end";
        return new Computed(null, percent, grade + " " + grade.label() + " " + grade.band() + given
                + ": W × " + plain(percent) + " / 100", divide(w.multiply(percent), HUNDRED));
    }

    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, 2, RoundingMode.HALF_UP);
    }

    static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

}
