package org.jixiao.round;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jixiao.audit.AuditEvent;
import org.jixiao.audit.AuditLog;
import org.jixiao.evaluation.EvaluationService;
import org.jixiao.indicator.grammar.Target;
import org.jixiao.light.IndicatorInput;
import org.jixiao.light.LightInputs;
import org.jixiao.light.LightService;
import org.jixiao.light.ProjectStatus;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectChange;
import org.jixiao.project.ProjectChanges;
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

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Reports: the monitoring form prefilled from the data (budget, payments, lights, measurements), or the
 * self-evaluation form read from the project's evaluation, and what the owner fills in; the workflow of
 * {@link ReportWorkflow}, each step audited in its own transaction; approving freezes the form as a snapshot. A
 * self-evaluation report is approved only once the project's evaluation is FINAL, so that the frozen form carries the
 * frozen score. A report of a project the caller may not see does not exist for it.
 */
@Service
public class ReportService {

    /** The state of an evaluation whose figures are frozen. */
    private static final String EVALUATION_FINAL = "FINAL";

    private final RoundRepository rounds;
    private final ProjectService projects;
    private final LightService lights;
    private final LightInputs lightInputs;
    private final EvaluationService evaluations;
    private final AuditLog audit;
    private final ProjectChanges changes;
    private final TransactionalOperator transaction;
    private final ObjectProvider<ReportApprovalListener> approvalListeners;
    private final Clock clock;

    public ReportService(RoundRepository rounds, ProjectService projects, LightService lights,
            LightInputs lightInputs, EvaluationService evaluations, AuditLog audit, ProjectChanges changes,
            TransactionalOperator transaction, ObjectProvider<ReportApprovalListener> approvalListeners,
            Clock clock) {
        this.approvalListeners = approvalListeners;
        this.rounds = rounds;
        this.projects = projects;
        this.lights = lights;
        this.lightInputs = lightInputs;
        this.evaluations = evaluations;
        this.audit = audit;
        this.changes = changes;
        this.transaction = transaction;
        this.clock = clock;
    }

    public Mono<ReportView> get(Caller caller, long id) {
        return rounds.findReport(id)
                .switchIfEmpty(Mono.error(() -> reportNotFound(id)))
                .flatMap(report -> visibleProject(caller, report).flatMap(project -> view(report, project)));
    }

    public Flux<AuditEvent> history(Caller caller, long id) {
        return rounds.findReport(id)
                .switchIfEmpty(Mono.error(() -> reportNotFound(id)))
                .flatMap(report -> visibleProject(caller, report))
                .flatMapMany(project -> audit.history("report", Long.toString(id)));
    }

    /** Saves what the owner filled in; the version must be the current one. */
    public Mono<ReportView> update(Caller caller, long id, ReportUpdate update) {
        if (!AccessRules.canFillReports(caller)) {
            return Mono.error(fillForbidden());
        }
        return forOwner(caller, id)
                .flatMap(locked -> Mono.zip(rounds.annualIndicatorIds(locked.report().projectId()),
                        rounds.roundById(locked.report().roundId())).flatMap(loaded -> {
                    Violations violations = new Violations();
                    ReportRules.checkUpdate(violations, update.version(), update.fundsProjected(), update.progress(),
                            update.indicators(), loaded.getT1());
                    if (loaded.getT2().kind() == RoundKind.SELF_EVALUATION) {
                        SelfEvaluationRules.checkUpdate(violations, update.fundsProjected(), update.indicators());
                        violations.optionalText("conclusions", update.conclusions(), ReportRules.MAX_TEXT_LENGTH);
                    }
                    else if (update.conclusions() != null) {
                        violations.add("conclusions", Message.of("problem.report.monitoring.not-on-form"));
                    }
                    violations.throwIfAny();
                    Report report = locked.report();
                    checkVersion(report, update.version());
                    ReportState next = next(report, ReportAction.SAVE);
                    Report changed = new Report(report.id(), report.roundId(), report.projectId(), next,
                            report.version(),
                            update.fundsProjected() != null ? update.fundsProjected() : report.fundsProjected(),
                            update.progress() != null ? blankToNull(update.progress()) : report.progress(),
                            report.returnComment(), report.returnFields(), report.reopenReason(), null,
                            report.submittedAt(), report.submittedBy(), report.reviewedAt(), report.reviewedBy(),
                            report.updatedBy(), report.updatedAt(),
                            update.conclusions() != null ? blankToNull(update.conclusions()) : report.conclusions(),
                            null);
                    List<ReportEntry> entries = update.indicators().stream().map(ReportService::normalised).toList();
                    return rounds.saveEntries(id, entries)
                            .then(rounds.write(changed, caller.actor(), clock.instant()))
                            .flatMap(written -> audit.record(caller.actor(), ReportAction.SAVE.auditName(), "report",
                                    id, summary(report, null), saveSummary(written, entries))
                                    .then(view(written, locked.project())));
                }))
                .as(transaction::transactional);
    }

    /** Hands the report in; refused with every gap named while the form is incomplete. */
    public Mono<ReportView> submit(Caller caller, long id) {
        if (!AccessRules.canFillReports(caller)) {
            return Mono.error(fillForbidden());
        }
        return forOwner(caller, id)
                .flatMap(locked -> {
                    Report report = locked.report();
                    ReportState next = next(report, ReportAction.SUBMIT);
                    return liveForms(report, locked.project()).flatMap(forms -> {
                        forms.gaps().throwIfAny();
                        Instant now = clock.instant();
                        Report changed = new Report(report.id(), report.roundId(), report.projectId(), next,
                                report.version(), report.fundsProjected(), report.progress(), null, null,
                                report.reopenReason(), null, now, caller.actor(), report.reviewedAt(),
                                report.reviewedBy(), report.updatedBy(), report.updatedAt(), report.conclusions(),
                                null);
                        return transition(caller, report, changed, ReportAction.SUBMIT, Map.of(), locked.project());
                    });
                })
                .as(transaction::transactional);
    }

    /** Sends the report back to its owner with comments, for the whole report or per field. */
    public Mono<ReportView> returnToOwner(Caller caller, long id, String comment, Map<String, String> fields) {
        if (!AccessRules.canReviewReports(caller)) {
            return Mono.error(reviewForbidden());
        }
        Violations violations = new Violations();
        ReportRules.checkReturn(violations, comment, fields);
        if (!violations.isEmpty()) {
            return Mono.error(new InvalidInputException(violations.list(), false));
        }
        return forReviewer(caller, id)
                .flatMap(locked -> {
                    Report report = locked.report();
                    ReportState next = next(report, ReportAction.RETURN);
                    Map<String, String> stripped = fields == null || fields.isEmpty() ? null
                            : fields.entrySet().stream().collect(Collectors.toMap(entry -> entry.getKey().strip(),
                                    entry -> entry.getValue().strip(), (a, b) -> a, LinkedHashMap::new));
                    String text = blankToNull(comment);
                    Report changed = new Report(report.id(), report.roundId(), report.projectId(), next,
                            report.version(), report.fundsProjected(), report.progress(), text, stripped,
                            report.reopenReason(), null, report.submittedAt(), report.submittedBy(), clock.instant(),
                            caller.actor(), report.updatedBy(), report.updatedAt(), report.conclusions(), null);
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("comment", text);
                    details.put("fields", stripped);
                    return transition(caller, report, changed, ReportAction.RETURN, details, locked.project());
                })
                .as(transaction::transactional);
    }

    /**
     * Accepts the report and freezes every figure it shows. A self-evaluation report needs the project's evaluation
     * to be FINAL: its figures are then the frozen evaluation's, and the report keeps them.
     */
    public Mono<ReportView> approve(Caller caller, long id) {
        if (!AccessRules.canReviewReports(caller)) {
            return Mono.error(reviewForbidden());
        }
        return forReviewer(caller, id)
                .flatMap(locked -> {
                    Report report = locked.report();
                    ReportState next = next(report, ReportAction.APPROVE);
                    return liveForms(report, locked.project()).flatMap(forms -> {
                        SelfEvaluationForm self = forms.selfEvaluation();
                        if (self != null && !EVALUATION_FINAL.equals(self.evaluationState())) {
                            return Mono.error(evaluationNotFinal(report, forms.round()));
                        }
                        Report changed = new Report(report.id(), report.roundId(), report.projectId(), next,
                                report.version(), report.fundsProjected(), report.progress(), null, null,
                                report.reopenReason(), forms.monitoring(), report.submittedAt(),
                                report.submittedBy(), clock.instant(), caller.actor(), report.updatedBy(),
                                report.updatedAt(), report.conclusions(), self);
                        Map<String, Object> details = new LinkedHashMap<>();
                        details.put("asOf", forms.asOf());
                        if (self != null) {
                            details.put("total", self.total());
                            details.put("grade", self.grade());
                        }
                        return transition(caller, report, changed, ReportAction.APPROVE, details, locked.project())
                                .flatMap(view -> followApproval(changed, locked.project(), caller.actor())
                                        .thenReturn(view));
                    });
                })
                .as(transaction::transactional);
    }

    /** Opens an approved report again (administrators, with a reason): a draft read live from the data again. */
    public Mono<ReportView> reopen(Caller caller, long id, String reason) {
        if (!AccessRules.canReopenReports(caller)) {
            return Mono.error(new ForbiddenException(Message.of("problem.forbidden.reopen-report")));
        }
        Violations violations = new Violations();
        violations.requiredText("reason", reason, ReportRules.MAX_TEXT_LENGTH);
        if (!violations.isEmpty()) {
            return Mono.error(new InvalidInputException(violations.list(), false));
        }
        return lockVisible(caller, id)
                .flatMap(locked -> {
                    Report report = locked.report();
                    ReportState next = next(report, ReportAction.REOPEN);
                    Report changed = new Report(report.id(), report.roundId(), report.projectId(), next,
                            report.version(), report.fundsProjected(), report.progress(), null, null,
                            reason.strip(), null, report.submittedAt(), report.submittedBy(), report.reviewedAt(),
                            report.reviewedBy(), report.updatedBy(), report.updatedAt(), report.conclusions(), null);
                    return transition(caller, report, changed, ReportAction.REOPEN,
                            Map.of("reason", reason.strip()), locked.project());
                })
                .as(transaction::transactional);
    }

    /** What follows from an approval (rectification items), in the approval's transaction. */
    private Mono<Void> followApproval(Report approved, Project project, String actor) {
        return rounds.roundById(approved.roundId())
                .flatMapMany(round -> Flux.fromStream(approvalListeners.orderedStream())
                        .concatMap(listener -> listener.approved(approved, round, project, actor)))
                .then();
    }

    private Mono<ReportView> transition(Caller caller, Report before, Report changed, ReportAction action,
            Map<String, Object> details, Project project) {
        return rounds.write(changed, caller.actor(), clock.instant())
                .flatMap(written -> {
                    Map<String, Object> after = summary(written, null);
                    after.putAll(details);
                    // The snapshot a reopening drops stays in the history.
                    Map<String, Object> was = summary(before, action == ReportAction.REOPEN ? frozenForm(before) : null);
                    // The report's alerts (due, overdue, returned, approved) follow in this transaction.
                    return audit.record(caller.actor(), action.auditName(), "report", before.id(), was, after)
                            .then(changes.publish(ProjectChange.of(written.projectId(), ProjectChange.Cause.REPORT)))
                            .then(view(written, project));
                });
    }

    private record Locked(Report report, Project project) {
    }

    private Mono<Locked> lockVisible(Caller caller, long id) {
        return rounds.lockReport(id)
                .switchIfEmpty(Mono.error(() -> reportNotFound(id)))
                .flatMap(report -> visibleProject(caller, report).map(project -> new Locked(report, project)));
    }

    private Mono<Locked> forOwner(Caller caller, long id) {
        return lockVisible(caller, id).flatMap(locked -> AccessRules.canWriteProject(caller, locked.project().id())
                ? Mono.just(locked)
                : Mono.error(new ForbiddenException(Message.of("problem.forbidden.report-not-assigned", id))));
    }

    private Mono<Locked> forReviewer(Caller caller, long id) {
        return lockVisible(caller, id).flatMap(locked -> AccessRules.canReview(caller,
                locked.project().department().code())
                ? Mono.just(locked)
                : Mono.error(new ForbiddenException(Message.of("problem.forbidden.report-not-reviewer", id,
                        locked.project().department().code()))));
    }

    private Mono<Project> visibleProject(Caller caller, Report report) {
        return projects.get(caller, report.projectId())
                .onErrorMap(ProjectNotFoundException.class, hidden -> reportNotFound(report.id()));
    }

    private static ReportState next(Report report, ReportAction action) {
        return ReportWorkflow.next(report.state(), action)
                .orElseThrow(() -> new ConflictException(Message.of("problem.conflict.report-action", report.id(),
                        pastTense(action), ReportWorkflow.refusal(report.state(), action)),
                        URI.create("/api/v1/reports/" + report.id()),
                        Map.of("state", report.state().name(), "currentVersion", report.version())));
    }

    private static void checkVersion(Report report, int version) {
        if (report.version() != version) {
            throw new ConflictException(Message.of("problem.conflict.report-version", report.id(), report.version(),
                    version), URI.create("/api/v1/reports/" + report.id()),
                    Map.of("currentVersion", report.version()));
        }
    }

    private static Message pastTense(ReportAction action) {
        return Message.of("problem.report.action." + action.name().toLowerCase(java.util.Locale.ROOT));
    }

    private Mono<ReportView> view(Report report, Project project) {
        return rounds.roundById(report.roundId()).flatMap(round -> shown(report, project, round).map(forms -> {
            boolean late = ReportRules.late(report.state(), report.submittedAt(), round.due(), LocalDate.now(clock),
                    clock.getZone());
            return new ReportView(report.id(), round.id(), round.title(), round.kind(), round.fiscalYear(),
                    round.periodFrom(), round.periodTo(), round.due(), project.id(), project.name(),
                    project.department().code(), project.department().name(), project.implementingUnit(),
                    report.state(), report.version(), late, frozenForm(report) != null, forms.monitoring(),
                    forms.selfEvaluation(), forms.gaps().list(), report.returnComment(), report.returnFields(),
                    report.reopenReason(), report.submittedAt(), report.submittedBy(), report.reviewedAt(),
                    report.reviewedBy(), report.updatedBy(), report.updatedAt());
        }));
    }

    /** The form of a round's kind: the monitoring form or the self-evaluation form, the other one null. */
    private record Forms(Round round, long projectId, ReportForm monitoring, SelfEvaluationForm selfEvaluation) {

        LocalDate asOf() {
            return monitoring != null ? monitoring.asOf() : selfEvaluation.asOf();
        }

        Violations gaps() {
            return monitoring != null ? ReportRules.gaps(monitoring)
                    : SelfEvaluationRules.gaps(selfEvaluation, projectId, round.fiscalYear());
        }
    }

    /** The snapshot of an approved report, else the form as the data stand today. */
    private Mono<Forms> shown(Report report, Project project, Round round) {
        if (report.snapshot() != null || report.selfEvaluationSnapshot() != null) {
            return Mono.just(new Forms(round, project.id(), report.snapshot(), report.selfEvaluationSnapshot()));
        }
        return liveForms(report, project, round);
    }

    private Mono<Forms> liveForms(Report report, Project project) {
        return rounds.roundById(report.roundId()).flatMap(round -> liveForms(report, project, round));
    }

    /** The form as the data stand today, with what the owner filled in. */
    private Mono<Forms> liveForms(Report report, Project project, Round round) {
        Set<Long> ids = Set.of(project.id());
        Mono<Map<Long, Target>> targets = lightInputs.indicators(ids)
                .collectMap(IndicatorInput::indicatorId, IndicatorInput::target);
        Mono<Map<Long, ReportEntry>> entries = rounds.entries(report.id()).collectMap(ReportEntry::indicatorId,
                Function.identity());
        LocalDate today = LocalDate.now(clock);
        if (round.kind() == RoundKind.SELF_EVALUATION) {
            return Mono.zip(evaluations.get(Caller.SYSTEM, project.id(), round.fiscalYear()), targets, entries)
                    .map(loaded -> new Forms(round, project.id(), null, SelfEvaluationForms.compose(project, report,
                            loaded.getT1(), loaded.getT2(), loaded.getT3(), today)));
        }
        Mono<ProjectStatus> status = lights.status(Caller.SYSTEM, project.id());
        return Mono.zip(status, targets, entries, rounds.latestEvidence(project.id()))
                .map(loaded -> new Forms(round, project.id(), ReportForms.compose(round, project, report,
                        loaded.getT1(), loaded.getT2(), loaded.getT3(), loaded.getT4(), today, clock.getZone()),
                        null));
    }

    /** The form an approved report was frozen with, whichever kind it is; null while it is not approved. */
    private static Object frozenForm(Report report) {
        return report.snapshot() != null ? report.snapshot() : report.selfEvaluationSnapshot();
    }

    private static ConflictException evaluationNotFinal(Report report, Round round) {
        return new ConflictException(Message.of("problem.conflict.report-evaluation-draft", report.id(),
                report.projectId(), round.fiscalYear()),
                URI.create("/api/v1/projects/" + report.projectId() + "/evaluation/" + round.fiscalYear()),
                Map.of("state", report.state().name(), "evaluationState", "DRAFT"));
    }

    private static ReportEntry normalised(ReportEntry entry) {
        return new ReportEntry(entry.indicatorId(), entry.projected(), blankToNull(entry.likelihood()),
                entry.causes().stream().map(String::strip).distinct().toList(), blankToNull(entry.causeText()),
                blankToNull(entry.measure()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Map<String, Object> summary(Report report, Object snapshot) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("state", report.state());
        summary.put("version", report.version());
        if (snapshot != null) {
            summary.put("snapshot", snapshot);
        }
        return summary;
    }

    private static Map<String, Object> saveSummary(Report report, List<ReportEntry> entries) {
        Map<String, Object> summary = summary(report, null);
        summary.put("fundsProjected", report.fundsProjected());
        summary.put("progress", report.progress());
        if (report.conclusions() != null) {
            summary.put("conclusions", report.conclusions());
        }
        summary.put("indicators", entries);
        return summary;
    }

    private static ForbiddenException fillForbidden() {
        return new ForbiddenException(Message.of("problem.forbidden.fill-reports"));
    }

    private static ForbiddenException reviewForbidden() {
        return new ForbiddenException(Message.of("problem.forbidden.review-reports"));
    }

    static NotFoundException reportNotFound(long id) {
        return new NotFoundException(Message.of("problem.not-found.report", id));
    }

}
