package org.jixiao.alert;

import java.time.Instant;

/**
 * An alert as the API shows it.
 *
 * @param period the milestone's due date for milestone alerts, the fiscal year for the others
 * @param fireCount how many times it has fired: more than one when its cause cleared and came back
 * @param firedAt when it last started firing
 * @param acknowledgement who acknowledged this firing, or {@code null}
 */
public record Alert(long id, AlertKind kind, Severity severity, AlertState state, long projectId,
        String departmentCode, Long indicatorId, Long milestoneId, String period, AlertFacts facts, int fireCount,
        Instant firstFiredAt, Instant firedAt, Acknowledgement acknowledgement, Instant resolvedAt,
        Instant updatedAt) {

    public record Acknowledgement(String by, Instant at, String comment) {
    }
}
