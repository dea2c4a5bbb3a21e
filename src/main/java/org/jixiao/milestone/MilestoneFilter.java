package org.jixiao.milestone;

import java.time.LocalDate;

import org.jixiao.monitoring.MilestoneState;

/** Filters over milestones; null matches everything. */
public record MilestoneFilter(Long projectId, MilestoneState state, LocalDate dueBefore, String departmentCode) {
}
