package org.jixiao.round;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** A report as stored: its state, version, what a person filled in for the whole form, and the review. */
public record Report(long id, long roundId, long projectId, ReportState state, int version,
        BigDecimal fundsProjected, String progress, String returnComment, Map<String, String> returnFields,
        String reopenReason, ReportForm snapshot, Instant submittedAt, String submittedBy, Instant reviewedAt,
        String reviewedBy, String updatedBy, Instant updatedAt) {
}
