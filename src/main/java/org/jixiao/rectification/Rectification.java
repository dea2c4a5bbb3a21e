package org.jixiao.rectification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A rectification item (问题整改) as shown: what must be put right, who answers for it, by when, and how it was
 * closed.
 *
 * @param reportId the monitoring report whose approval opened it; null for an item added by hand
 * @param indicatorId the indicator judged 完全不可能 on that report; null for an item added by hand
 * @param indicator the indicator's level-3 name, when there is one
 * @param overdue whether it is still open after its due date (worked out, never stored)
 * @param version counts writes; a change must name the version it was made from
 */
public record Rectification(long id, long projectId, String projectName, String departmentCode, int fiscalYear,
        Long reportId, Long indicatorId, String indicator, String what, String who, LocalDate due,
        RectificationState state, boolean overdue, String closedNote, Instant closedAt, String closedBy,
        Instant createdAt, String createdBy, Instant updatedAt, int version) {
}
