package org.jixiao.round;

import java.time.Instant;

/** A report in a round's list: which project, its state, version and lateness (no figures). */
public record ReportListItem(long id, long roundId, long projectId, String projectName, String departmentCode,
        ReportState state, int version, boolean late, Instant submittedAt, Instant reviewedAt, Instant updatedAt) {
}
