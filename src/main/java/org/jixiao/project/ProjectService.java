package org.jixiao.project;

import org.jixiao.audit.AuditLog;
import org.jixiao.security.AccessRules;
import org.jixiao.security.Caller;
import org.jixiao.system.error.ForbiddenException;
import org.jixiao.system.text.Message;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Projects as a caller may see them. A project the caller may not see answers exactly like one that does not
 * exist, so nobody learns what another department has.
 */
@Service
public class ProjectService {

    private final ProjectRepository projects;
    private final AuditLog audit;
    private final TransactionalOperator transaction;

    public ProjectService(ProjectRepository projects, AuditLog audit, TransactionalOperator transaction) {
        this.projects = projects;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** Lists only what the caller may see: a manager's list holds its departments' projects. */
    public Mono<ProjectPage> find(Caller caller, ProjectQuery query) {
        return projects.find(query, AccessRules.visibility(caller));
    }

    /** The project if the caller may see it; otherwise not found. */
    public Mono<Project> get(Caller caller, long id) {
        return projects.findById(id)
                .filter(project -> AccessRules.canRead(caller, project.id(), project.department().code()))
                .switchIfEmpty(Mono.error(() -> new ProjectNotFoundException(id)));
    }

    /**
     * Refuses, before any project is looked at, a caller whose roles change no project at all, so that a reader's
     * write answers 403 whether or not the project exists.
     */
    public static Mono<Void> checkMayChangeProjects(Caller caller) {
        return AccessRules.canChangeProjects(caller) ? Mono.empty()
                : Mono.error(new ForbiddenException(Message.of("problem.forbidden.change-projects")));
    }

    /**
     * The project if the caller may change it: forbidden if its roles change no project, not found if it may not see
     * it, forbidden if it may only look.
     */
    public Mono<Project> getForWrite(Caller caller, long id) {
        return checkMayChangeProjects(caller).then(get(caller, id))
                .flatMap(project -> AccessRules.canWriteProject(caller, id) ? Mono.just(project)
                        : Mono.error(new ForbiddenException(
                                Message.of("problem.forbidden.project-not-assigned", id))));
    }

    public Mono<Void> delete(Caller caller, long id) {
        if (!AccessRules.canDeleteProject(caller)) {
            return Mono.error(new ForbiddenException(Message.of("problem.forbidden.delete-project")));
        }
        return get(caller, id)
                .flatMap(project -> projects.delete(id)
                        .then(audit.record(caller.actor(), "delete", "project", id, ProjectSummary.of(project), null)))
                .as(transaction::transactional);
    }
}
