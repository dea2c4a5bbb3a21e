package org.jixiao.evaluation.scoring;

/** The flags an {@link IndicatorScore} may carry; each asks a person to look at something. */
public final class ScoreFlags {

    /** B ≥ 120% of A on a ≥ target: the target may have been set too low. */
    public static final String OVER_ACHIEVEMENT_REVIEW = "OVER_ACHIEVEMENT_REVIEW";

    /** A measured target without an actual: scored 0. */
    public static final String NO_ACTUAL = "NO_ACTUAL";

    /** The points were set by a person (with a reason) instead of computed. */
    public static final String OVERRIDDEN = "OVERRIDDEN";

    /** The override was outside [0, W] and was clamped. */
    public static final String OVERRIDE_CLAMPED = "OVERRIDE_CLAMPED";

    /** A target judged by a person (qualitative, compound, recurring) has no grade yet: scored 0. */
    public static final String NEEDS_GRADE = "NEEDS_GRADE";

    /** The target cell is blank: scored 0. */
    public static final String TARGET_MISSING = "TARGET_MISSING";

    /** The target text could not be read: scored 0. */
    public static final String TARGET_UNPARSED = "TARGET_UNPARSED";

    /** The target's reading is doubtful; scored as read. */
    public static final String TARGET_SUSPECT = "TARGET_SUSPECT";

    /** A deadline was not met (no completion date): scored 0. */
    public static final String DEADLINE_NOT_MET = "DEADLINE_NOT_MET";

    /** A deadline was met late. */
    public static final String DEADLINE_LATE = "DEADLINE_LATE";

    /** The indicator exceeds its ≥ target by 30% or more and the pack's penalty took 2 points. */
    public static final String OVER_ACHIEVEMENT_PENALTY = "OVER_ACHIEVEMENT_PENALTY";

    private ScoreFlags() {
    }

}
