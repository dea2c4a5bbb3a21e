package org.jixiao.indicator.grammar;

/**
 * The two bounds of a {@link TargetKind#RANGE} target, both inclusive.
 */
public record Range(Bound lower, Bound upper) {
}
