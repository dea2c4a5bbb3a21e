package org.jixiao.round;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jixiao.audit.AuditLog;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectChange;
import org.jixiao.project.ProjectChanges;
import org.jixiao.project.ProjectRepository;
import org.jixiao.security.AccessRules;
import org.jixiao.security.Caller;
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
 * Rounds: dispatching one opens a draft report for every project in its scope, in the same transaction, and brings
 * their alerts in line (a round due soon raises its reminders at once). Rounds and their progress are shown over the
 * reports the caller may see; a round with none of them does not exist for it.
 */
@Service
public class RoundService {

    private static final int MAX_DEPARTMENT_LENGTH = 50;
    private static final int MAX_SCOPE_ENTRIES = 1_000;

    private final RoundRepository rounds;
    private final ProjectRepository projects;
    private final AuditLog audit;
    private final ProjectChanges changes;
    private final TransactionalOperator transaction;
    private final Clock clock;

    public RoundService(RoundRepository rounds, ProjectRepository projects, AuditLog audit, ProjectChanges changes,
            TransactionalOperator transaction, Clock clock) {
        this.rounds = rounds;
        this.projects = projects;
        this.audit = audit;
        this.changes = changes;
        this.transaction = transaction;
        this.clock = clock;
    }

    public Mono<Round> create(Caller caller, RoundRequest request) {
        if (!AccessRules.canManageRounds(caller)) {
            return Mono.error(new ForbiddenException(Message.of("problem.forbidden.rounds")));
        }
        return Mono.fromRunnable(() -> check(request))
                .then(Mono.defer(() -> projects.findByIds(request.projects()).collectMap(Project::id)))
                .flatMap(found -> {
                    Set<String> scope = scopeDepartments(caller, request, found);
                    if (!AccessRules.canManageRound(caller, scope)) {
                        Set<String> foreign = new TreeSet<>(scope);
                        foreign.removeAll(caller.departments());
                        return Mono.error(new ForbiddenException(Message.of("problem.forbidden.round-departments",
                                String.join(", ", foreign))));
                    }
                    return open(caller, request);
                })
                .as(transaction::transactional);
    }

    private void check(RoundRequest request) {
        Violations violations = new Violations();
        if (request.kind() == null) {
            violations.add("kind", Message.of("problem.round.kind-required",
                    RoundKind.MONITORING + ", " + RoundKind.SELF_EVALUATION));
        }
        Integer year = request.fiscalYear();
        if (year == null) {
            violations.add("fiscalYear", Violations.required());
        }
        else if (year < 2000 || year > 2100) {
            violations.add("fiscalYear", Message.of("problem.field.between-was", 2000, 2100, year));
        }
        violations.requiredText("title", request.title(), ReportRules.MAX_TITLE_LENGTH);
        if (request.periodFrom() == null) {
            violations.add("periodFrom", Violations.required());
        }
        if (request.periodTo() == null) {
            violations.add("periodTo", Violations.required());
        }
        if (request.periodFrom() != null && request.periodTo() != null) {
            if (request.periodFrom().isAfter(request.periodTo())) {
                violations.add("periodTo", Message.of("problem.round.period-order", "periodFrom"));
            }
            if (year != null && (request.periodFrom().getYear() != year || request.periodTo().getYear() != year)) {
                violations.add("periodFrom", Message.of("problem.round.period-year", year));
            }
        }
        if (request.due() == null) {
            violations.add("due", Violations.required());
        }
        else if (request.periodTo() != null && request.due().isBefore(request.periodTo())) {
            violations.add("due", Message.of("problem.round.due-before", request.periodTo()));
        }
        else if (year != null && Math.abs(request.due().getYear() - year) > 1) {
            violations.add("due", Message.of("problem.round.due-year", year));
        }
        if (request.departments().isEmpty() && request.projects().isEmpty()) {
            violations.add("departments", Message.of("problem.round.no-scope"));
        }
        if (request.departments().size() > MAX_SCOPE_ENTRIES || request.projects().size() > MAX_SCOPE_ENTRIES) {
            violations.add("departments", Message.of("problem.round.scope-too-large", MAX_SCOPE_ENTRIES));
        }
        else {
            for (int i = 0; i < request.departments().size(); i++) {
                violations.requiredText("departments[" + i + "]", request.departments().get(i),
                        MAX_DEPARTMENT_LENGTH);
            }
            for (int i = 0; i < request.projects().size(); i++) {
                if (request.projects().get(i) == null) {
                    violations.add("projects[" + i + "]", Violations.required());
                }
            }
        }
        violations.throwIfAny();
    }

    /**
     * The departments the round reaches: those named and those of the projects named. A named project the caller
     * may not see is answered like a missing one.
     */
    private static Set<String> scopeDepartments(Caller caller, RoundRequest request, Map<Long, Project> found) {
        Violations violations = new Violations();
        Set<String> scope = new TreeSet<>(request.departments().stream().map(String::strip).toList());
        for (int i = 0; i < request.projects().size(); i++) {
            Project project = found.get(request.projects().get(i));
            if (project == null || !AccessRules.canRead(caller, project.id(), project.department().code())) {
                violations.add("projects[" + i + "]", Message.of("problem.round.no-project", request.projects().get(i)));
            }
            else if (project.fiscalYear() != request.fiscalYear()) {
                violations.add("projects[" + i + "]", Message.of("problem.round.other-year", project.fiscalYear(),
                        request.fiscalYear()));
            }
            else {
                scope.add(project.department().code());
            }
        }
        violations.throwIfAny();
        return scope;
    }

    private Mono<Round> open(Caller caller, RoundRequest request) {
        String title = request.title().strip();
        return rounds.insertRound(request, title, caller.actor(), clock.instant())
                .flatMap(id -> rounds.openReports(id, request.fiscalYear(), request.departments(),
                                request.projects().stream().distinct().toList(), caller.actor(), clock.instant())
                        .collectList()
                        .flatMap(reports -> reports.isEmpty()
                                ? Mono.error(InvalidInputException.invalid("departments",
                                        Message.of("problem.round.no-projects", request.fiscalYear())))
                                : audit.record(caller.actor(), "create", "round", id, null,
                                                summary(id, title, request, reports.size()))
                                        .thenMany(Flux.fromIterable(reports))
                                        .concatMap(report -> audit.record(caller.actor(), "open", "report",
                                                report.reportId(), null,
                                                Map.of("round", id, "state", ReportState.DRAFT, "version", 0)))
                                        // A round due within the reminder window raises its due-soon alerts now.
                                        .then(changes.publish(ProjectChange.of(reports.stream()
                                                .map(RoundRepository.OpenedReport::projectId).toList(),
                                                ProjectChange.Cause.REPORT)))
                                        .then(Mono.just(id))))
                .flatMap(id -> find(caller, new RoundFilter(id, null, null, null)).next());
    }

    public Flux<Round> find(Caller caller, RoundFilter filter) {
        return rounds.findRounds(filter, AccessRules.visibility(caller), LocalDate.now(clock), clock.getZone());
    }

    public Mono<Round> get(Caller caller, long id) {
        return find(caller, new RoundFilter(id, null, null, null)).next()
                .switchIfEmpty(Mono.error(() -> roundNotFound(id)));
    }

    public Flux<ReportListItem> reports(Caller caller, long roundId, ReportFilter filter) {
        return get(caller, roundId).flatMapMany(round -> rounds.findReports(roundId, filter,
                AccessRules.visibility(caller), LocalDate.now(clock), clock.getZone()));
    }

    static NotFoundException roundNotFound(long id) {
        return new NotFoundException(Message.of("problem.not-found.round", id));
    }

    private static Map<String, Object> summary(long id, String title, RoundRequest request, int reports) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("id", id);
        summary.put("kind", request.kind());
        summary.put("fiscalYear", request.fiscalYear());
        summary.put("title", title);
        summary.put("periodFrom", request.periodFrom());
        summary.put("periodTo", request.periodTo());
        summary.put("due", request.due());
        summary.put("departments", request.departments());
        summary.put("projects", request.projects());
        summary.put("reports", reports);
        return summary;
    }

}
