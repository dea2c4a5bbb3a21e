package org.jixiao.round;

import org.jixiao.project.Project;
import reactor.core.publisher.Mono;

/**
 * A feature that follows approvals (rectification opens its items), so the report workflow depends on none of them.
 * It runs inside the approval's transaction, after the report is written with its snapshot: a failure rolls the
 * approval back, and an approval never stands without what follows from it.
 */
public interface ReportApprovalListener {

    /**
     * @param report the approved report, its snapshot set
     * @param round the report's round
     * @param project the report's project
     * @param actor who approved, as the audit log names them
     */
    Mono<Void> approved(Report report, Round round, Project project, String actor);
}
