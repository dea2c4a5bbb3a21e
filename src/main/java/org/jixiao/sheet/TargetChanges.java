package org.jixiao.sheet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jixiao.indicator.Indicator;
import org.jixiao.indicator.IndicatorReconciliation;

/**
 * The printed targets a sheet replacement changes, for the audit log: before holds the old text of changed and
 * removed indicators, after the new text of changed and added ones. Keys are {@code SCOPE level-3 name}.
 */
record TargetChanges(Map<String, String> before, Map<String, String> after) {

    static TargetChanges between(List<Indicator> stored, IndicatorReconciliation.Plan plan) {
        Map<Long, Indicator> storedById = stored.stream()
                .collect(Collectors.toMap(Indicator::id, Function.identity()));
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        for (Indicator updated : plan.updates()) {
            Indicator old = storedById.get(updated.id());
            if (!Objects.equals(old.target().text(), updated.target().text())) {
                before.put(key(old), old.target().text());
                after.put(key(updated), updated.target().text());
            }
        }
        plan.deletes().stream().map(storedById::get).forEach(removed -> before.put(key(removed),
                removed.target().text()));
        plan.inserts().forEach(added -> after.put(key(added), added.target().text()));
        return new TargetChanges(before, after);
    }

    private static String key(Indicator indicator) {
        return indicator.scope() + " " + indicator.level3();
    }
}
