package org.jixiao.indicator.grammar;

/**
 * One labelled sub-target of a {@link TargetKind#COMPOUND} target, e.g. label {@code 一般故障} with the target read
 * from {@code 4小时内}.
 */
public record Part(String label, Target target) {
}
