package org.jixiao.indicator.grammar;

/**
 * What a printed target value (指标值) turned out to be.
 */
public enum TargetKind {

    /** A count with a unit: {@code ≥8人}, {@code 293台}. */
    QUANTITY,

    /** A share: {@code ≥95%}, {@code 100%}. */
    PERCENT,

    /** An amount, normalised to yuan: {@code ≤70.6万元}, {@code ≤6000元/台}. */
    MONEY,

    /** A due date in (or near) the fiscal year: {@code 10月}, {@code 6月前}, {@code 全年}. */
    DEADLINE,

    /** A due date that repeats: {@code 每季度}, {@code 每天}. */
    RECURRING,

    /** A length of time: {@code 1年}, {@code 4小时内}. */
    DURATION,

    /** Between two bounds: {@code 90%-95%}, {@code 1-3次}. */
    RANGE,

    /** Several labelled sub-targets: {@code 一般故障4小时内、较大故障8小时内}. */
    COMPOUND,

    /** Graded by judgement: {@code 及时}, {@code 提高}. */
    QUALITATIVE,

    /** The cell is blank ({@code null}, empty, {@code /}, {@code —}, {@code 无}). */
    MISSING,

    /** Text that no reading fits; kept verbatim for a person to fix, never rejected. */
    UNPARSED

}
