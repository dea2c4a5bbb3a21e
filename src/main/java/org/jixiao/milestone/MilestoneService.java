package org.jixiao.milestone;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jixiao.audit.AuditLog;
import org.jixiao.project.ProjectChange;
import org.jixiao.project.ProjectChangeListener;
import org.jixiao.project.ProjectChanges;
import org.jixiao.project.ProjectNotFoundException;
import org.jixiao.project.ProjectService;
import org.jixiao.security.AccessRules;
import org.jixiao.security.Caller;
import org.jixiao.system.Decimals;
import org.jixiao.system.error.ConflictException;
import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.error.Violations;
import org.jixiao.system.text.Message;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Milestones: the sweep that keeps their states true, and the changes people make to them. A changed sheet sweeps
 * its project at once (as the first {@link ProjectChangeListener}), so lights and alerts judge its new deadlines.
 */
@Service
@Order(100)
public class MilestoneService implements ProjectChangeListener {

    static final int MAX_TITLE_LENGTH = 200;
    static final int MAX_TEXT_LENGTH = 2_000;

    private final MilestoneRepository milestones;
    private final ProjectService projects;
    private final AuditLog audit;
    private final TransactionalOperator transaction;
    private final DueSoonWindow dueSoon;
    private final ProjectChanges changes;
    private final Clock clock;

    public MilestoneService(MilestoneRepository milestones, ProjectService projects, AuditLog audit,
            TransactionalOperator transaction, DueSoonWindow dueSoon, ProjectChanges changes, Clock clock) {
        this.milestones = milestones;
        this.projects = projects;
        this.audit = audit;
        this.transaction = transaction;
        this.dueSoon = dueSoon;
        this.changes = changes;
        this.clock = clock;
    }

    /** Derives milestones from targets, drops stale derived ones, and moves open ones to today's state. */
    public Mono<SweepResult> sweep(Long projectId) {
        LocalDate today = LocalDate.now(clock);
        return milestones.deriveFromTargets(projectId, clock.instant())
                .zipWith(milestones.removeStale(projectId))
                .flatMap(counts -> milestones.sweep(projectId, today, dueSoon.days(), clock.instant())
                        .map(moves -> new SweepResult(counts.getT1(), counts.getT2(), moves)))
                .as(transaction::transactional);
    }

    /** A new or replaced sheet may bring, move or drop deadlines: its milestones are derived and swept now. */
    @Override
    public Mono<Void> projectsChanged(ProjectChange change) {
        if (change.cause() != ProjectChange.Cause.SHEET) {
            return Mono.empty();
        }
        return Flux.fromArray(change.sortedIds()).concatMap(this::sweep).then();
    }

    public Flux<Milestone> find(Caller caller, MilestoneFilter filter) {
        return milestones.find(filter, AccessRules.visibility(caller));
    }

    public Mono<Milestone> get(Caller caller, long id) {
        return milestones.findById(id)
                .filterWhen(milestone -> projects.get(caller, milestone.projectId()).hasElement()
                        .onErrorReturn(false))
                .switchIfEmpty(Mono.error(() -> new MilestoneNotFoundException(id)));
    }

    public Mono<Milestone> create(Caller caller, long projectId, MilestoneRequest request) {
        return projects.getForWrite(caller, projectId).flatMap(project -> {
            Violations violations = new Violations();
            violations.requiredText("title", request.title(), MAX_TITLE_LENGTH);
            if (request.due() == null) {
                violations.add("due", Violations.required());
            }
            else if (Math.abs(request.due().getYear() - project.fiscalYear()) > 1) {
                violations.add("due", Message.of("problem.milestone.due-year", project.fiscalYear(), request.due()));
            }
            if (request.amount() != null && request.amount().signum() < 0) {
                violations.add("amount", Message.of("problem.field.not-negative"));
            }
            else if (request.amount() != null && request.amount().compareTo(Decimals.MAX_YUAN) > 0) {
                violations.add("amount", Message.of("problem.field.too-large-yuan", Decimals.MAX_YUAN.toPlainString()));
            }
            else if (request.amount() != null && request.amount().stripTrailingZeros().scale() > 2) {
                violations.add("amount", Message.of("problem.field.decimals", 2));
            }
            violations.throwIfAny();
            MilestoneKind kind = request.kind() == null ? MilestoneKind.OTHER : request.kind();
            MilestoneState state = MilestoneRules.state(request.due(), null, false, LocalDate.now(clock), dueSoon);
            return milestones.insertManual(projectId, kind, request.title().strip(), request.due(), request.amount(),
                            state, caller.actor(), clock.instant())
                    .flatMap(created -> audit.record(caller.actor(), "create", "milestone", created.id(), null,
                            summary(created)).thenReturn(created))
                    .flatMap(this::changed)
                    .as(transaction::transactional);
        });
    }

    public Mono<Milestone> complete(Caller caller, long id, LocalDate completedAt, String evidence) {
        return ProjectService.checkMayChangeProjects(caller)
                .then(Mono.defer(() -> completeChecked(caller, id, completedAt, evidence)));
    }

    private Mono<Milestone> completeChecked(Caller caller, long id, LocalDate completedAt, String evidence) {
        if (completedAt == null) {
            return Mono.error(InvalidInputException.invalid("completedAt", Violations.required()));
        }
        if (completedAt.isAfter(LocalDate.now(clock))) {
            return Mono.error(InvalidInputException.invalid("completedAt", Message.of("problem.field.not-in-future")));
        }
        if (evidence != null && evidence.length() > MAX_TEXT_LENGTH) {
            return Mono.error(InvalidInputException.invalid("evidence", Violations.tooLong(MAX_TEXT_LENGTH)));
        }
        return openForWrite(caller, id)
                .flatMap(milestone -> completeLocked(caller, milestone, completedAt, evidence))
                .flatMap(this::changed)
                .as(transaction::transactional);
    }

    /**
     * Completes a milestone inside the caller's transaction (a payment that settles it); the milestone must be open.
     */
    public Mono<Milestone> completeLocked(Caller caller, Milestone milestone, LocalDate completedAt, String evidence) {
        boolean onTime = MilestoneRules.onTime(milestone.due(), completedAt);
        return milestones.complete(milestone.id(), completedAt, onTime, evidence, clock.instant())
                .flatMap(done -> audit.record(caller.actor(), "complete", "milestone", done.id(), summary(milestone),
                        summary(done)).thenReturn(done));
    }

    public Mono<Milestone> waive(Caller caller, long id, String reason) {
        return ProjectService.checkMayChangeProjects(caller).then(Mono.defer(() -> waiveChecked(caller, id, reason)));
    }

    private Mono<Milestone> waiveChecked(Caller caller, long id, String reason) {
        if (reason == null || reason.isBlank()) {
            return Mono.error(InvalidInputException.invalid("reason", Message.of("problem.milestone.reason-required")));
        }
        if (reason.length() > MAX_TEXT_LENGTH) {
            return Mono.error(InvalidInputException.invalid("reason", Violations.tooLong(MAX_TEXT_LENGTH)));
        }
        return openForWrite(caller, id)
                .flatMap(milestone -> milestones.waive(id, reason.strip(), clock.instant())
                        .flatMap(waived -> audit.record(caller.actor(), "waive", "milestone", id, summary(milestone),
                                summary(waived)).thenReturn(waived)))
                .flatMap(this::changed)
                .as(transaction::transactional);
    }

    /** Lights and alerts follow a milestone added, met or waived, in the same transaction. */
    private Mono<Milestone> changed(Milestone milestone) {
        return changes.publish(ProjectChange.of(milestone.projectId(), ProjectChange.Cause.MILESTONE))
                .thenReturn(milestone);
    }

    /** The milestone, locked, if the caller may change its project and it is still open. */
    public Mono<Milestone> openForWrite(Caller caller, long id) {
        return ProjectService.checkMayChangeProjects(caller).then(milestones.lock(id))
                .switchIfEmpty(Mono.error(() -> new MilestoneNotFoundException(id)))
                .flatMap(milestone -> projects.getForWrite(caller, milestone.projectId())
                        // A milestone of a project the caller may not see does not exist for it.
                        .onErrorMap(ProjectNotFoundException.class, hidden -> new MilestoneNotFoundException(id))
                        .thenReturn(milestone))
                .flatMap(milestone -> milestone.state() == MilestoneState.MET
                        || milestone.state() == MilestoneState.WAIVED
                        ? Mono.error(new ConflictException(milestone.completedAt() != null
                                ? Message.of("problem.conflict.milestone-met-on", id, milestone.completedAt())
                                : Message.of("problem.conflict.milestone-" + milestone.state().name()
                                        .toLowerCase(Locale.ROOT), id), null))
                        : Mono.just(milestone));
    }

    private static Map<String, Object> summary(Milestone milestone) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("project", milestone.projectId());
        summary.put("title", milestone.title());
        summary.put("due", milestone.due());
        summary.put("state", milestone.state());
        summary.put("completedAt", milestone.completedAt());
        summary.put("onTime", milestone.onTime());
        summary.put("waiverReason", milestone.waiverReason());
        return summary;
    }

    /** A milestone added by hand. */
    public record MilestoneRequest(String title, LocalDate due, MilestoneKind kind, BigDecimal amount) {
    }
}
