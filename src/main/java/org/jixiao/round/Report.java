package org.jixiao.round;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A report as stored: its state, version, what a person filled in for the whole form, and the review. An approved
 * report holds the form it was approved with: {@code snapshot} for a monitoring report, {@code selfEvaluationSnapshot}
 * for a self-evaluation one.
 *
 * @param progress the annual goal's 执行情况 (monitoring) or 实际完成情况 (self-evaluation)
 * @param conclusions the self-evaluation's overall conclusions
 */
public record Report(long id, long roundId, long projectId, ReportState state, int version,
        BigDecimal fundsProjected, String progress, String returnComment, Map<String, String> returnFields,
        String reopenReason, ReportForm snapshot, Instant submittedAt, String submittedBy, Instant reviewedAt,
        String reviewedBy, String updatedBy, Instant updatedAt, String conclusions,
        SelfEvaluationForm selfEvaluationSnapshot) {
}
