package org.jixiao.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jixiao.system.error.FieldViolation;

/**
 * A report as the API shows it: the round and project it belongs to, its state and version, the form, the gaps that
 * would keep it from being submitted, and the review.
 *
 * @param late not handed in by the due date, or handed in after it
 * @param frozen approved: the form is the snapshot taken at approval
 * @param form the monitoring form (执行监控表); null in a self-evaluation round
 * @param selfEvaluation the self-evaluation form (自评表); null in a monitoring round
 */
public record ReportView(long id, long roundId, String roundTitle, RoundKind kind, int fiscalYear,
        LocalDate periodFrom, LocalDate periodTo, LocalDate due, long projectId, String projectName,
        String departmentCode, String departmentName, String implementingUnit, ReportState state, int version,
        boolean late, boolean frozen, ReportForm form, SelfEvaluationForm selfEvaluation, List<FieldViolation> gaps, String returnComment,
        Map<String, String> returnFields, String reopenReason, Instant submittedAt, String submittedBy,
        Instant reviewedAt, String reviewedBy, String updatedBy, Instant updatedAt) {
}
