package org.jixiao.rectification;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jixiao.audit.AuditLog;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectNotFoundException;
import org.jixiao.project.ProjectService;
import org.jixiao.security.AccessRules;
import org.jixiao.security.Caller;
import org.jixiao.system.error.ConflictException;
import org.jixiao.system.error.ForbiddenException;
import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.error.NotFoundException;
import org.jixiao.system.error.Violations;
import org.jixiao.system.text.Message;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Rectification items as people see and handle them: listed over the projects the caller may see, added by hand,
 * changed and closed by those who may manage the project's items ({@link AccessRules#canManageRectification}), each
 * write audited in its own transaction and made from the current version. An item of a project the caller may not
 * see does not exist for it.
 */
@Service
public class RectificationService {

    private final RectificationRepository rectifications;
    private final ProjectService projects;
    private final AuditLog audit;
    private final TransactionalOperator transaction;
    private final Clock clock;

    public RectificationService(RectificationRepository rectifications, ProjectService projects, AuditLog audit,
            TransactionalOperator transaction, Clock clock) {
        this.rectifications = rectifications;
        this.projects = projects;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    public Flux<Rectification> find(Caller caller, RectificationFilter filter) {
        return rectifications.find(filter, AccessRules.visibility(caller), LocalDate.now(clock));
    }

    public Mono<Rectification> get(Caller caller, long id) {
        return rectifications.findById(id, LocalDate.now(clock))
                .filter(item -> AccessRules.canRead(caller, item.projectId(), item.departmentCode()))
                .switchIfEmpty(Mono.error(() -> notFound(id)));
    }

    /** Adds an item by hand to a project the caller may manage the items of. */
    public Mono<Rectification> create(Caller caller, RectificationRequest request) {
        if (!AccessRules.canManageRectifications(caller)) {
            return Mono.error(forbidden());
        }
        Violations violations = new Violations();
        if (request.project() == null) {
            violations.add("project", Violations.required());
        }
        violations.requiredText("what", request.what(), RectificationRules.MAX_WHAT_LENGTH);
        violations.requiredText("who", request.who(), RectificationRules.MAX_WHO_LENGTH);
        if (request.due() == null) {
            violations.add("due", Violations.required());
        }
        if (!violations.isEmpty()) {
            return Mono.error(new InvalidInputException(violations.list(), false));
        }
        return projects.get(caller, request.project())
                // A project the caller may not see is named like a missing one.
                .onErrorMap(ProjectNotFoundException.class, hidden -> InvalidInputException.invalid("project",
                        Message.of("problem.rectification.no-project", request.project())))
                .flatMap(project -> {
                    if (!AccessRules.canManageRectification(caller, project.id(), project.department().code())) {
                        return Mono.error(projectForbidden(project));
                    }
                    Violations due = new Violations();
                    RectificationRules.checkDue(due, request.due(), project.fiscalYear());
                    due.throwIfAny();
                    RectificationDraft draft = new RectificationDraft(project.id(), null, null,
                            request.what().strip(), request.who().strip(), request.due());
                    return rectifications.open(List.of(draft), caller.actor(), clock.instant()).next()
                            .flatMap(id -> rectifications.findById(id, LocalDate.now(clock)))
                            .flatMap(created -> audit.record(caller.actor(), "create", "rectification",
                                    created.id(), null, RectificationOpener.summary(created)).thenReturn(created));
                })
                .as(transaction::transactional);
    }

    /** Changes what, who or due of an open item. */
    public Mono<Rectification> update(Caller caller, long id, RectificationUpdate update) {
        if (!AccessRules.canManageRectifications(caller)) {
            return Mono.error(forbidden());
        }
        Violations violations = new Violations();
        requireVersion(violations, update.version());
        violations.optionalText("what", update.what(), RectificationRules.MAX_WHAT_LENGTH);
        violations.optionalText("who", update.who(), RectificationRules.MAX_WHO_LENGTH);
        if (!violations.isEmpty()) {
            return Mono.error(new InvalidInputException(violations.list(), false));
        }
        return openForWrite(caller, id, update.version())
                .flatMap(item -> {
                    Violations due = new Violations();
                    if (update.due() != null) {
                        RectificationRules.checkDue(due, update.due(), item.fiscalYear());
                    }
                    due.throwIfAny();
                    return rectifications.update(id, textOr(update.what(), item.what()),
                                    textOr(update.who(), item.who()), update.due() != null ? update.due() : item.due(),
                                    clock.instant())
                            .then(rectifications.findById(id, LocalDate.now(clock)))
                            .flatMap(changed -> audit.record(caller.actor(), "update", "rectification", id,
                                    RectificationOpener.summary(item), RectificationOpener.summary(changed))
                                    .thenReturn(changed));
                })
                .as(transaction::transactional);
    }

    /** Closes an open item with a note saying what was done. */
    public Mono<Rectification> close(Caller caller, long id, RectificationClosure closure) {
        if (!AccessRules.canManageRectifications(caller)) {
            return Mono.error(forbidden());
        }
        Violations violations = new Violations();
        requireVersion(violations, closure.version());
        violations.requiredText("note", closure.note(), RectificationRules.MAX_NOTE_LENGTH);
        if (!violations.isEmpty()) {
            return Mono.error(new InvalidInputException(violations.list(), false));
        }
        return openForWrite(caller, id, closure.version())
                .flatMap(item -> rectifications.close(id, closure.note().strip(), caller.actor(), clock.instant())
                        .then(rectifications.findById(id, LocalDate.now(clock)))
                        .flatMap(closed -> audit.record(caller.actor(), "close", "rectification", id,
                                RectificationOpener.summary(item), RectificationOpener.summary(closed))
                                .thenReturn(closed)))
                .as(transaction::transactional);
    }

    /** The item, locked, if the caller may manage it, it is still open and the version is the current one. */
    private Mono<Rectification> openForWrite(Caller caller, long id, int version) {
        return rectifications.lock(id, LocalDate.now(clock))
                .filter(item -> AccessRules.canRead(caller, item.projectId(), item.departmentCode()))
                .switchIfEmpty(Mono.error(() -> notFound(id)))
                .flatMap(item -> {
                    if (!AccessRules.canManageRectification(caller, item.projectId(), item.departmentCode())) {
                        return Mono.error(new ForbiddenException(Message.of("problem.forbidden.rectification",
                                id, item.departmentCode())));
                    }
                    if (item.state() == RectificationState.DONE) {
                        return Mono.error(conflict(item, Message.of("problem.conflict.rectification-done", id,
                                item.closedBy(), item.closedAt())));
                    }
                    if (item.version() != version) {
                        return Mono.error(conflict(item, Message.of("problem.conflict.rectification-version", id,
                                item.version(), version)));
                    }
                    return Mono.just(item);
                });
    }

    private static void requireVersion(Violations violations, Integer version) {
        if (version == null) {
            violations.add("version", Message.of("problem.report.version-required"));
        }
        else if (version < 0) {
            violations.add("version", Message.of("problem.field.not-negative"));
        }
    }

    private static String textOr(String text, String current) {
        return text == null || text.isBlank() ? current : text.strip();
    }

    private static ConflictException conflict(Rectification item, Message text) {
        return new ConflictException(text, URI.create("/api/v1/rectifications/" + item.id()),
                Map.of("state", item.state().name(), "currentVersion", item.version()));
    }

    private static ForbiddenException forbidden() {
        return new ForbiddenException(Message.of("problem.forbidden.rectifications"));
    }

    private static ForbiddenException projectForbidden(Project project) {
        return new ForbiddenException(Message.of("problem.forbidden.rectification-project", project.id(),
                project.department().code()));
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException(Message.of("problem.not-found.rectification", id));
    }
}
