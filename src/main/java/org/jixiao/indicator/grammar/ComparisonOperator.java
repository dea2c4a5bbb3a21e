package org.jixiao.indicator.grammar;

/**
 * The comparison printed with a target. The constant names are the {@code comparator} values of the JSON API.
 */
public enum ComparisonOperator {

    /** ≥, 不低于, 以上 ... */
    GE,

    /** &gt;, 大于, 超过 ... */
    GT,

    /** ≤, 不超过, 以内, 底前 ... */
    LE,

    /** &lt;, 小于, 低于 ... */
    LT,

    /** = or a bare value. */
    EQ;

    /** The scoring direction a measured target with this comparison has. */
    Direction direction() {
        return switch (this) {
            case GE, GT -> Direction.HIGHER_IS_BETTER;
            case LE, LT -> Direction.LOWER_IS_BETTER;
            case EQ -> Direction.EXACT;
        };
    }

}
