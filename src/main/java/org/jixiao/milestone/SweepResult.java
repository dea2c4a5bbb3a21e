package org.jixiao.milestone;

import java.util.Map;

/**
 * What one sweep did: milestones derived from targets, stale derived ones removed, and how many open milestones
 * moved into each state.
 */
public record SweepResult(long derived, long removed, Map<String, Long> transitions) {

    public long transitioned() {
        return transitions.values().stream().mapToLong(Long::longValue).sum();
    }
}
