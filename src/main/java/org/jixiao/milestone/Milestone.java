package org.jixiao.milestone;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A dated step a project must reach: derived from a deadline or recurring annual target ({@code TARGET}), or added
 * by hand ({@code MANUAL}).
 *
 * @param indicatorId the target it comes from, null for a manual milestone
 * @param onTime for a met milestone, whether it was completed by its due date
 */
public record Milestone(long id, long projectId, Long indicatorId, MilestoneOrigin origin, MilestoneKind kind,
        String title, LocalDate due, BigDecimal amount, MilestoneState state, LocalDate completedAt, Boolean onTime,
        String evidence, String waiverReason, Instant stateChangedAt) {
}
