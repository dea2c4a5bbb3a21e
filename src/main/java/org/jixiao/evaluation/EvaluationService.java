package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jixiao.audit.AuditLog;
import org.jixiao.evaluation.EvaluationInputs.BudgetRow;
import org.jixiao.evaluation.EvaluationInputs.IndicatorRow;
import org.jixiao.evaluation.EvaluationRepository.StoredInput;
import org.jixiao.evaluation.scoring.IndicatorScoreInput;
import org.jixiao.evaluation.scoring.QualitativeGrade;
import org.jixiao.evaluation.scoring.ScoreCard;
import org.jixiao.evaluation.scoring.ScoreInput;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectNotFoundException;
import org.jixiao.project.ProjectQuery;
import org.jixiao.project.ProjectService;
import org.jixiao.security.AccessRules;
import org.jixiao.security.Caller;
import org.jixiao.system.error.ConflictException;
import org.jixiao.system.error.ForbiddenException;
import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.error.Violations;
import org.jixiao.system.text.Message;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Year-end self-evaluation (domain §6): scores computed on reading from the actuals, payments, the evaluator's inputs
 * and the project's rule pack; inputs written by evaluators until the evaluation is finalized. Finalizing freezes the
 * evaluation: its inputs and score are stored ({@link EvaluationSnapshot}) and read from then on, until it reopens.
 */
@Service
public class EvaluationService {

    static final Set<String> DEVIATION_CATEGORIES = Set.of("经费保障", "制度保障", "人员保障", "硬件条件保障", "其他");
    static final int MAX_TEXT_LENGTH = 2_000;

    private final EvaluationInputs inputs;
    private final EvaluationRepository evaluations;
    private final ProjectService projects;
    private final ScoringPacks packs;
    private final AuditLog audit;
    private final TransactionalOperator transaction;
    private final Clock clock;

    public EvaluationService(EvaluationInputs inputs, EvaluationRepository evaluations, ProjectService projects,
            ScoringPacks packs, AuditLog audit, TransactionalOperator transaction, Clock clock) {
        this.inputs = inputs;
        this.evaluations = evaluations;
        this.projects = projects;
        this.packs = packs;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    public Mono<EvaluationView> get(Caller caller, long projectId, int fiscalYear) {
        return project(caller, projectId, fiscalYear).flatMap(project -> views(List.of(project)))
                .map(List::getFirst);
    }

    /** Every visible project of a fiscal year, scored; sorted by score (highest first) unless by name. */
    public Mono<List<EvaluationView>> list(Caller caller, int fiscalYear, String department, boolean byName) {
        return projects.find(caller, new ProjectQuery(fiscalYear, department, null, 0, Integer.MAX_VALUE))
                .flatMap(page -> page.items().isEmpty() ? Mono.just(List.<EvaluationView>of()) : views(page.items()))
                .map(views -> views.stream().sorted(byName
                        ? Comparator.comparing(EvaluationView::projectName)
                        : Comparator.comparing((EvaluationView view) -> view.score().total()).reversed()
                                .thenComparing(EvaluationView::projectName))
                        .toList());
    }

    /**
     * Every project's total for the metrics: a FINAL evaluation's frozen one, else the current (or projected) one;
     * computed in a few statements for all.
     */
    public Mono<Map<Long, BigDecimal>> totals() {
        return projects.find(Caller.SYSTEM, new ProjectQuery(null, null, null, 0, Integer.MAX_VALUE))
                .flatMap(page -> page.items().isEmpty() ? Mono.just(List.<EvaluationView>of()) : views(page.items()))
                .map(views -> views.stream().collect(Collectors.toMap(EvaluationView::projectId,
                        view -> view.score().total())));
    }

    public Mono<EvaluationView> update(Caller caller, long projectId, int fiscalYear, EvaluationRequest request) {
        if (!AccessRules.canGrade(caller)) {
            return Mono.error(new ForbiddenException(Message.of("problem.forbidden.write-evaluations")));
        }
        return project(caller, projectId, fiscalYear)
                .flatMap(project -> inputs.indicators(List.of(projectId)).collectList()
                        .flatMap(rows -> {
                            List<StoredInput> stored = validate(request, rows);
                            return evaluations.lockOrCreate(projectId, fiscalYear, caller.actor(), clock.instant())
                                    .flatMap(state -> "FINAL".equals(state)
                                            ? Mono.error(new ConflictException(Message.of(
                                                    "problem.conflict.evaluation-final", projectId, fiscalYear),
                                                    null))
                                            : evaluations.saveInputs(projectId, fiscalYear, stored, caller.actor(),
                                                    clock.instant()))
                                    .then(audit.record(caller.actor(), "update", "evaluation",
                                            projectId + "/" + fiscalYear, null, Map.of("indicators", stored.stream()
                                                    .map(StoredInput::indicatorId).toList())));
                        }))
                .as(transaction::transactional)
                .then(Mono.defer(() -> get(caller, projectId, fiscalYear)));
    }

    /**
     * Freezes the evaluation: stores what its score is computed from and the score, as of today, so that later
     * payments, measurements, milestones, sheet changes or pack changes leave it as it is; later changes to the inputs
     * need {@link #reopen}. Before the fiscal year is over a reason is required; it is kept and audited.
     */
    public Mono<EvaluationView> finalizeEvaluation(Caller caller, long projectId, int fiscalYear, String reason) {
        if (!AccessRules.canFinalize(caller)) {
            return Mono.error(notFinalizer());
        }
        return project(caller, projectId, fiscalYear)
                .flatMap(project -> {
                    LocalDate today = LocalDate.now(clock);
                    String why = FinalizationRule.reason(fiscalYear, today, reason);
                    return lockIn(caller, projectId, fiscalYear, "DRAFT", "finalize")
                            .then(figures(project, today))
                            .flatMap(snapshot -> evaluations.freeze(projectId, fiscalYear, snapshot, why,
                                    caller.actor(), clock.instant())
                                    .then(audit.record(caller.actor(), "finalize", "evaluation",
                                            projectId + "/" + fiscalYear, Map.of("state", "DRAFT"),
                                            summary("FINAL", snapshot.score(), why))));
                })
                .as(transaction::transactional)
                .then(Mono.defer(() -> get(caller, projectId, fiscalYear)));
    }

    /**
     * Opens a finalized evaluation for changes again and drops its snapshot, so that it is computed from the data
     * again; the reason and the frozen total are recorded in the audit log.
     */
    public Mono<EvaluationView> reopen(Caller caller, long projectId, int fiscalYear, String reason) {
        if (!AccessRules.canFinalize(caller)) {
            return Mono.error(notFinalizer());
        }
        Violations violations = new Violations();
        if (reason == null || reason.isBlank()) {
            violations.add("reason", Message.of("problem.evaluation.reopen-reason"));
        }
        violations.optionalText("reason", reason, FinalizationRule.MAX_REASON_LENGTH);
        if (!violations.isEmpty()) {
            return Mono.error(new InvalidInputException(violations.list(), false));
        }
        String why = reason.strip();
        return project(caller, projectId, fiscalYear)
                .flatMap(project -> lockIn(caller, projectId, fiscalYear, "FINAL", "reopen")
                        .then(views(List.of(project)))
                        .map(List::getFirst)
                        .flatMap(frozen -> evaluations.reopen(projectId, fiscalYear, caller.actor(), clock.instant())
                                .then(audit.record(caller.actor(), "reopen", "evaluation",
                                        projectId + "/" + fiscalYear, summary("FINAL", frozen.score(), null),
                                        Map.of("state", "DRAFT", "reason", why)))))
                .as(transaction::transactional)
                .then(Mono.defer(() -> get(caller, projectId, fiscalYear)));
    }

    /**
     * Gives every evaluation that was finalized before snapshots were stored (migration V8) the snapshot of today's
     * figures, the best that is left, and says so in the audit log. Answers how many it froze.
     */
    public Mono<Long> freezeFinalWithoutSnapshot() {
        LocalDate today = LocalDate.now(clock);
        return evaluations.finalWithoutSnapshot()
                .concatMap(evaluation -> projects.get(Caller.SYSTEM, evaluation.getKey())
                        .filter(project -> project.fiscalYear() == evaluation.getValue())
                        .flatMap(project -> evaluations.lockFinalWithoutSnapshot(project.id(), project.fiscalYear())
                                .filter(unfrozen -> unfrozen)
                                .flatMap(unfrozen -> figures(project, today))
                                .flatMap(snapshot -> evaluations.storeSnapshot(project.id(), project.fiscalYear(),
                                                snapshot)
                                        .then(audit.record(Caller.SYSTEM.actor(), "freeze", "evaluation",
                                                project.id() + "/" + project.fiscalYear(), Map.of("state", "FINAL"),
                                                Map.of("state", "FINAL", "total", snapshot.score().total(),
                                                        "grade", snapshot.score().grade().name(),
                                                        "note", "finalized before snapshots were stored; frozen with"
                                                                + " the figures of " + today)))
                                        .thenReturn(project)))
                        .as(transaction::transactional))
                .count();
    }

    /** Locks the evaluation (a missing one starts as a draft) and refuses to go on unless it is in {@code state}. */
    private Mono<Void> lockIn(Caller caller, long projectId, int fiscalYear, String state, String action) {
        return evaluations.lockOrCreate(projectId, fiscalYear, caller.actor(), clock.instant())
                .flatMap(current -> state.equals(current) ? Mono.<Void>empty()
                        : Mono.error(new ConflictException(Message.of("problem.conflict.evaluation-state", projectId,
                                fiscalYear, Message.of("evaluation.state." + current.toLowerCase(Locale.ROOT)),
                                Message.of("evaluation.action." + action)), null)));
    }

    /** What the audit log keeps of a score: the state, total and grade, and the reason if any. */
    private static Map<String, Object> summary(String state, ScoreCard score, String reason) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("state", state);
        summary.put("total", score.total());
        summary.put("grade", score.grade().name());
        if (reason != null) {
            summary.put("reason", reason);
        }
        return summary;
    }

    private Mono<Project> project(Caller caller, long projectId, int fiscalYear) {
        return projects.get(caller, projectId)
                .filter(project -> project.fiscalYear() == fiscalYear)
                .switchIfEmpty(Mono.error(() -> new ProjectNotFoundException(projectId)));
    }

    private static ForbiddenException notFinalizer() {
        return new ForbiddenException(Message.of("problem.forbidden.finalize-evaluations"));
    }

    private Mono<List<EvaluationView>> views(List<Project> selected) {
        List<Long> ids = selected.stream().map(Project::id).toList();
        LocalDate today = LocalDate.now(clock);
        return inputs.indicators(ids).collectList()
                .zipWith(inputs.budgets(ids).collectMap(BudgetRow::projectId))
                .map(loaded -> {
                    Map<Long, List<IndicatorRow>> byProject = loaded.getT1().stream()
                            .collect(Collectors.groupingBy(IndicatorRow::projectId, LinkedHashMap::new,
                                    Collectors.toList()));
                    return selected.stream().map(project -> view(project,
                            byProject.getOrDefault(project.id(), List.of()), loaded.getT2().get(project.id()), today))
                            .toList();
                });
    }

    /** A FINAL evaluation shows its snapshot with today's figures beside it; a draft shows today's figures. */
    private EvaluationView view(Project project, List<IndicatorRow> rows, BudgetRow budget, LocalDate today) {
        EvaluationSnapshot live = figures(project, rows, budget, today);
        boolean projected = !FinalizationRule.yearIsOver(project.fiscalYear(), today);
        // A FINAL evaluation without a snapshot was finalized before snapshots were stored and waits for
        // freezeFinalWithoutSnapshot at the next start; until then it shows today's figures.
        EvaluationSnapshot frozen = "FINAL".equals(budget.state()) ? budget.snapshot() : null;
        if (frozen != null) {
            return new EvaluationView(project.id(), project.name(), project.department().code(),
                    project.department().name(), project.fiscalYear(), frozen.asOf(), false, budget.state(),
                    budget.finalizedBy(), budget.finalizedAt(), budget.finalizeReason(), frozen.score(),
                    frozen.deviations(), new EvaluationView.Live(today, projected, live.score()));
        }
        return new EvaluationView(project.id(), project.name(), project.department().code(),
                project.department().name(), project.fiscalYear(), today, projected, budget.state(),
                budget.finalizedBy(), budget.finalizedAt(), budget.finalizeReason(), live.score(), live.deviations(),
                null);
    }

    /** One project's figures as the data stands, read in the caller's transaction. */
    private Mono<EvaluationSnapshot> figures(Project project, LocalDate today) {
        List<Long> ids = List.of(project.id());
        return inputs.indicators(ids).collectList().zipWith(inputs.budgets(ids).single())
                .map(loaded -> figures(project, loaded.getT1(), loaded.getT2(), today));
    }

    private EvaluationSnapshot figures(Project project, List<IndicatorRow> rows, BudgetRow budget, LocalDate today) {
        List<IndicatorScoreInput> scoreInputs = rows.stream().map(row -> new IndicatorScoreInput(row.indicatorId(),
                row.level1(), row.level2(), row.level3(), row.target(), row.actual(),
                row.measurementId() == null ? null : "measurement #" + row.measurementId(), row.completedOn(),
                row.weight(), row.grade(), row.gradePercent(), row.overridePoints(), row.overrideReason())).toList();
        List<EvaluationView.Deviation> deviations = rows.stream().filter(row -> row.deviationCategory() != null)
                .map(row -> new EvaluationView.Deviation(row.indicatorId(), row.level3(), row.deviationCategory(),
                        row.deviationText()))
                .toList();
        return EvaluationSnapshot.of(today, new ScoreInput(budget.annualBudget(), budget.paid(), scoreInputs,
                packs.forDepartment(project.department().code())), deviations);
    }

    private static List<StoredInput> validate(EvaluationRequest request, List<IndicatorRow> rows) {
        if (request == null || request.indicators() == null) {
            throw InvalidInputException.invalid("indicators", Message.of("problem.evaluation.indicators-required"));
        }
        Map<Long, IndicatorRow> byId = rows.stream().collect(Collectors.toMap(IndicatorRow::indicatorId, row -> row));
        Violations violations = new Violations();
        List<StoredInput> stored = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < request.indicators().size(); i++) {
            Violations item = violations.under("indicators[" + i + "].");
            EvaluationRequest.IndicatorInput input = request.indicators().get(i);
            if (input == null || input.indicatorId() == null) {
                item.add("indicatorId", Violations.required());
                continue;
            }
            if (!byId.containsKey(input.indicatorId())) {
                item.add("indicatorId", Message.of("problem.evaluation.not-annual"));
                continue;
            }
            if (!seen.add(input.indicatorId())) {
                item.add("indicatorId", Message.of("problem.evaluation.twice"));
                continue;
            }
            if (input.weight() != null && (input.weight().signum() < 0
                    || input.weight().compareTo(BigDecimal.valueOf(100)) > 0)) {
                item.add("weight", Message.of("problem.evaluation.points"));
            }
            QualitativeGrade grade = grade(input, item);
            EvaluationRequest.Override override = input.override();
            if (override != null) {
                if (override.points() == null || override.points().signum() < 0
                        || override.points().compareTo(BigDecimal.valueOf(100)) > 0) {
                    item.add("override.points", Message.of("problem.evaluation.points"));
                }
                item.requiredText("override.reason", override.reason(), MAX_TEXT_LENGTH);
            }
            EvaluationRequest.Deviation deviation = input.deviation();
            if (deviation != null) {
                if (!DEVIATION_CATEGORIES.contains(deviation.category())) {
                    item.add("deviation.category", Message.of("problem.field.must-be", Message.of("problem.type.one-of",
                            List.of("经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"))));
                }
                item.optionalText("deviation.text", deviation.text(), MAX_TEXT_LENGTH);
            }
            stored.add(new StoredInput(input.indicatorId(), input.weight(), grade == null ? null : grade.name(),
                    grade == null ? null : input.gradePercent(), override == null ? null : override.points(),
                    override == null ? null : override.reason(), deviation == null ? null : deviation.category(),
                    deviation == null ? null : deviation.text()));
        }
        violations.throwIfAny();
        return stored;
    }

    /** The qualitative grade with its percent in the grade's band, or null when none is given or it is wrong. */
    private static QualitativeGrade grade(EvaluationRequest.IndicatorInput input, Violations item) {
        if (input.grade() == null) {
            if (input.gradePercent() != null) {
                item.add("grade", Message.of("problem.field.required-with", "gradePercent"));
            }
            return null;
        }
        QualitativeGrade grade;
        try {
            grade = QualitativeGrade.valueOf(input.grade().strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            item.add("grade", Message.of("problem.field.must-be-any", "ACHIEVED", "PARTIAL", "NOT_ACHIEVED"));
            return null;
        }
        if (input.gradePercent() == null || !grade.admits(input.gradePercent())) {
            item.add("gradePercent", Message.of("problem.evaluation.grade-band", grade, "ACHIEVED", "PARTIAL",
                    "NOT_ACHIEVED"));
        }
        return grade;
    }
}
