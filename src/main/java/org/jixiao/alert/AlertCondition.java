package org.jixiao.alert;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A cause for an alert that a check sees today: a milestone overdue, an indicator red ... Its identity (kind +
 * project + indicator/milestone + period) is what makes a repeat update the same alert.
 *
 * @param indicatorId the indicator concerned, or {@code null}
 * @param milestoneId the milestone concerned, or {@code null}
 * @param period the milestone's due date for milestone alerts, {@code report-<id>} for report alerts, the fiscal year
 *     for the others
 */
public record AlertCondition(AlertKind kind, long projectId, String departmentCode, Long indicatorId,
        Long milestoneId, String period, AlertFacts facts) {

    public AlertCondition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(departmentCode, "departmentCode");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(facts, "facts");
    }

    public String identityKey() {
        return kind + ":p" + projectId + ":i" + (indicatorId == null ? "-" : indicatorId)
                + ":m" + (milestoneId == null ? "-" : milestoneId) + ":" + period;
    }

    /** What silences match: every value as a string, absent ones left out. */
    public Map<String, String> labels(Severity severity) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("kind", kind.name());
        labels.put("severity", severity.name());
        labels.put("department", departmentCode);
        labels.put("project", Long.toString(projectId));
        if (indicatorId != null) {
            labels.put("indicator", indicatorId.toString());
        }
        if (milestoneId != null) {
            labels.put("milestone", milestoneId.toString());
        }
        return labels;
    }
}
