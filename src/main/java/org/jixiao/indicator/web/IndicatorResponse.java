package org.jixiao.indicator.web;

import org.jixiao.indicator.IndicatorScope;
import org.jixiao.indicator.grammar.Target;

/**
 * An indicator with its target as read. {@code originalTarget} is the target as first filed (年初), present only
 * when the target has since been adjusted.
 */
record IndicatorResponse(long id, long projectId, IndicatorScope scope, int position, String level1, String level2,
        String level3, Target target, Target originalTarget) {
}
