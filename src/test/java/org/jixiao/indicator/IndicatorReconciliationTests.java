package org.jixiao.indicator;

import java.util.List;

import org.jixiao.indicator.IndicatorReconciliation.Plan;
import org.jixiao.indicator.grammar.TargetParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorReconciliationTests {

    private static final TargetParser PARSER = new TargetParser();

    @Test
    void aChangedTargetKeepsTheIndicatorAndItsOriginalTarget() {
        Indicator stored = stored(7L, IndicatorScope.ANNUAL, 0, "尾款控制数(万)", "≤70.6万元", "≤70.6万元");

        Plan plan = IndicatorReconciliation.plan(List.of(stored),
                List.of(wanted(IndicatorScope.ANNUAL, 0, "尾款控制数(万)", "≤68万元")));

        assertThat(plan.inserts()).isEmpty();
        assertThat(plan.deletes()).isEmpty();
        Indicator updated = plan.updates().getFirst();
        assertThat(updated.id()).isEqualTo(7L);
        assertThat(updated.target().text()).isEqualTo("≤68万元");
        assertThat(updated.originalTargetText()).isEqualTo("≤70.6万元");
        assertThat(updated.adjusted()).isTrue();
    }

    @Test
    void anAdjustedTargetStaysMeasuredAgainstTheFirstFiledOne() {
        Indicator stored = stored(7L, IndicatorScope.ANNUAL, 0, "驻场人数", "≥10人", "≥8人");

        Plan plan = IndicatorReconciliation.plan(List.of(stored),
                List.of(wanted(IndicatorScope.ANNUAL, 0, "驻场人数", "≥12人")));

        assertThat(plan.updates().getFirst().originalTargetText()).isEqualTo("≥8人");
    }

    @Test
    void rowsAreMatchedByScopeAndNamesNotByPosition() {
        List<Indicator> stored = List.of(
                stored(1L, IndicatorScope.ANNUAL, 0, "驻场人数", "≥8人", "≥8人"),
                stored(2L, IndicatorScope.ANNUAL, 1, "服务器运维数量", "293台", "293台"),
                stored(3L, IndicatorScope.PERIOD, 0, "驻场人数", "≥8人", "≥8人"));

        Plan plan = IndicatorReconciliation.plan(stored, List.of(
                wanted(IndicatorScope.ANNUAL, 0, "服务器运维数量", "293台"),
                wanted(IndicatorScope.ANNUAL, 1, "新增指标", "1个"),
                wanted(IndicatorScope.PERIOD, 0, "驻场人数", "≥8人")));

        assertThat(plan.updates()).extracting(Indicator::id, Indicator::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, 0), org.assertj.core.groups.Tuple.tuple(3L, 0));
        assertThat(plan.inserts()).extracting(Indicator::level3).containsExactly("新增指标");
        assertThat(plan.deletes()).containsExactly(1L);
    }

    @Test
    void repeatedNamesPairUpInOrder() {
        List<Indicator> stored = List.of(
                stored(1L, IndicatorScope.ANNUAL, 0, "（原文不可辨）", "1个", "1个"),
                stored(2L, IndicatorScope.ANNUAL, 1, "（原文不可辨）", "2个", "2个"));

        Plan plan = IndicatorReconciliation.plan(stored, List.of(
                wanted(IndicatorScope.ANNUAL, 0, "（原文不可辨）", "1个"),
                wanted(IndicatorScope.ANNUAL, 1, "（原文不可辨）", "3个"),
                wanted(IndicatorScope.ANNUAL, 2, "（原文不可辨）", "4个")));

        assertThat(plan.updates()).extracting(Indicator::id).containsExactly(1L, 2L);
        assertThat(plan.updates().get(1).originalTargetText()).isEqualTo("2个");
        assertThat(plan.inserts()).extracting(indicator -> indicator.target().text()).containsExactly("4个");
        assertThat(plan.deletes()).isEmpty();
    }

    private static Indicator stored(long id, IndicatorScope scope, int position, String level3, String target,
            String original) {
        return new Indicator(id, 1L, scope, position, "产出指标", "数量指标", level3, PARSER.parse(target, 2025), original);
    }

    private static Indicator wanted(IndicatorScope scope, int position, String level3, String target) {
        return new Indicator(null, 1L, scope, position, "产出指标", "数量指标", level3, PARSER.parse(target, 2025), target);
    }
}
