package org.jixiao.milestone;

/** A milestone was met or waived (and committed): alerts about it can resolve now rather than at the next check. */
public record MilestoneClosed(long milestoneId, long projectId) {
}
