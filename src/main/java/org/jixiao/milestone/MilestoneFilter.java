package org.jixiao.milestone;

import java.time.LocalDate;

/** Filters over milestones; null matches everything. */
public record MilestoneFilter(Long projectId, MilestoneState state, LocalDate dueBefore, String departmentCode) {
}
