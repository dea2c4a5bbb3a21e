package org.jixiao.project;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Projects whose data a write has just changed, and what kind of write it was, so that milestones, lights and alerts
 * follow at once instead of at the next scheduled check.
 *
 * @param projectIds the projects written ({@link #sortedIds()} gives the order their locks are taken in)
 * @param cause what changed
 */
public record ProjectChange(Set<Long> projectIds, Cause cause) {

    public ProjectChange {
        projectIds = Set.copyOf(projectIds);
        if (cause == null) {
            throw new IllegalArgumentException("a project change needs a cause");
        }
    }

    public static ProjectChange of(long projectId, Cause cause) {
        return new ProjectChange(Set.of(projectId), cause);
    }

    public static ProjectChange of(Collection<Long> projectIds, Cause cause) {
        return new ProjectChange(Set.copyOf(projectIds), cause);
    }

    /** The projects in ascending order. */
    public Long[] sortedIds() {
        return new TreeSet<>(projectIds).toArray(Long[]::new);
    }

    /** The kinds of write that change what a project's milestones, lights and alerts should be. */
    public enum Cause {
        /** A sheet imported or replaced: targets, and so derived milestones, may differ. */
        SHEET,
        /** Actual values recorded by hand, by upload or by a Prometheus pull. */
        MEASUREMENT,
        /** A payment: budget execution, and perhaps a payment milestone settled. */
        PAYMENT,
        /** A milestone added, completed or waived. */
        MILESTONE,
        /** A report submitted, returned, approved or reopened: its alerts change, its project's lights do not. */
        REPORT
    }
}
