package org.jixiao.indicator;

import java.util.Objects;

import org.jixiao.indicator.grammar.Target;

/**
 * A level-3 indicator with its target, as filed and as read by the grammar.
 *
 * @param id null until stored
 * @param position order on the sheet within its scope
 * @param originalTargetText the target as first filed (年初); equal to {@code target.text()} unless adjusted
 */
public record Indicator(Long id, Long projectId, IndicatorScope scope, int position, String level1, String level2,
        String level3, Target target, String originalTargetText) {

    public boolean adjusted() {
        return !Objects.equals(originalTargetText, target.text());
    }
}
