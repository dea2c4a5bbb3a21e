package org.jixiao.indicator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a replaced sheet changes the stored indicators. An indicator keeps its identity (and so, later, its
 * measurements) when the new sheet has a row with the same scope and three level names; repeated names pair up in
 * order. A matched indicator keeps its original (年初) target, so an adjustment shows both values.
 */
public final class IndicatorReconciliation {

    private IndicatorReconciliation() {
    }

    public static Plan plan(List<Indicator> stored, List<Indicator> wanted) {
        Map<Key, Deque<Indicator>> storedByKey = new HashMap<>();
        for (Indicator indicator : stored) {
            storedByKey.computeIfAbsent(Key.of(indicator), key -> new ArrayDeque<>()).add(indicator);
        }
        List<Indicator> inserts = new ArrayList<>();
        List<Indicator> updates = new ArrayList<>();
        for (Indicator indicator : wanted) {
            Deque<Indicator> candidates = storedByKey.get(Key.of(indicator));
            Indicator match = candidates == null ? null : candidates.poll();
            if (match == null) {
                inserts.add(indicator);
            }
            else {
                updates.add(new Indicator(match.id(), match.projectId(), indicator.scope(), indicator.position(),
                        indicator.level1(), indicator.level2(), indicator.level3(), indicator.target(),
                        match.originalTargetText()));
            }
        }
        List<Long> deletes = storedByKey.values().stream().flatMap(Deque::stream).map(Indicator::id).toList();
        return new Plan(inserts, updates, deletes);
    }

    /** New rows to insert, matched rows to rewrite (ids kept), and ids of rows no longer on the sheet. */
    public record Plan(List<Indicator> inserts, List<Indicator> updates, List<Long> deletes) {
    }

    private record Key(IndicatorScope scope, String level1, String level2, String level3) {
        static Key of(Indicator indicator) {
            return new Key(indicator.scope(), indicator.level1(), indicator.level2(), indicator.level3());
        }
    }
}
