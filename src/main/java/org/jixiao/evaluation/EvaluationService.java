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
import org.jixiao.evaluation.scoring.ScoringEngine;
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
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Year-end self-evaluation (domain §6): scores computed on reading from the actuals, payments, the evaluator's inputs
 * and the project's rule pack; inputs written by evaluators until the evaluation is finalized.
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

    /** Every project's current (or projected) total, for the metrics; computed in a few statements for all. */
    public Mono<Map<Long, BigDecimal>> totals() {
        return projects.find(Caller.SYSTEM, new ProjectQuery(null, null, null, 0, Integer.MAX_VALUE))
                .flatMap(page -> page.items().isEmpty() ? Mono.just(List.<EvaluationView>of()) : views(page.items()))
                .map(views -> views.stream().collect(Collectors.toMap(EvaluationView::projectId,
                        view -> view.score().total())));
    }

    public Mono<EvaluationView> update(Caller caller, long projectId, int fiscalYear, EvaluationRequest request) {
        if (!AccessRules.canGrade(caller)) {
            return Mono.error(new ForbiddenException("only evaluators and administrators write evaluations"));
        }
        return project(caller, projectId, fiscalYear)
                .flatMap(project -> inputs.indicators(List.of(projectId)).collectList()
                        .flatMap(rows -> {
                            List<StoredInput> stored = validate(request, rows);
                            return evaluations.lockOrCreate(projectId, fiscalYear, caller.actor(), clock.instant())
                                    .flatMap(state -> "FINAL".equals(state)
                                            ? Mono.error(new ConflictException("the evaluation of project "
                                                    + projectId + " for " + fiscalYear
                                                    + " is finalized; reopen it first", null))
                                            : evaluations.saveInputs(projectId, fiscalYear, stored, caller.actor(),
                                                    clock.instant()))
                                    .then(audit.record(caller.actor(), "update", "evaluation",
                                            projectId + "/" + fiscalYear, null, Map.of("indicators", stored.stream()
                                                    .map(StoredInput::indicatorId).toList())));
                        }))
                .as(transaction::transactional)
                .then(Mono.defer(() -> get(caller, projectId, fiscalYear)));
    }

    /** Locks the evaluation: later changes need {@link #reopen}. */
    public Mono<EvaluationView> finalizeEvaluation(Caller caller, long projectId, int fiscalYear) {
        if (!AccessRules.canFinalize(caller)) {
            return Mono.error(notFinalizer());
        }
        return changeState(caller, projectId, fiscalYear, "DRAFT", "FINAL", "finalize", null);
    }

    /** Opens a finalized evaluation for changes again; the reason is recorded in the audit log. */
    public Mono<EvaluationView> reopen(Caller caller, long projectId, int fiscalYear, String reason) {
        if (!AccessRules.canFinalize(caller)) {
            return Mono.error(notFinalizer());
        }
        if (reason == null || reason.isBlank()) {
            return Mono.error(InvalidInputException.invalid("reason", "is required: say why the evaluation reopens"));
        }
        return changeState(caller, projectId, fiscalYear, "FINAL", "DRAFT", "reopen", reason.strip());
    }

    private Mono<EvaluationView> changeState(Caller caller, long projectId, int fiscalYear, String from, String to,
            String action, String reason) {
        return project(caller, projectId, fiscalYear)
                .flatMap(project -> evaluations.lockOrCreate(projectId, fiscalYear, caller.actor(), clock.instant()))
                .flatMap(state -> !from.equals(state)
                        ? Mono.error(new ConflictException("the evaluation of project " + projectId + " for "
                                + fiscalYear + " is " + state.toLowerCase(java.util.Locale.ROOT) + "; cannot "
                                + action + " it", null))
                        : evaluations.setState(projectId, fiscalYear, to, caller.actor(), clock.instant())
                                .then(audit.record(caller.actor(), action, "evaluation", projectId + "/" + fiscalYear,
                                        Map.of("state", from), reason == null ? Map.of("state", to)
                                                : Map.of("state", to, "reason", reason))))
                .as(transaction::transactional)
                .then(Mono.defer(() -> get(caller, projectId, fiscalYear)));
    }

    private Mono<Project> project(Caller caller, long projectId, int fiscalYear) {
        return projects.get(caller, projectId)
                .filter(project -> project.fiscalYear() == fiscalYear)
                .switchIfEmpty(Mono.error(() -> new ProjectNotFoundException(projectId)));
    }

    private static ForbiddenException notFinalizer() {
        return new ForbiddenException("only evaluators and administrators finalize and reopen evaluations");
    }

    private Mono<List<EvaluationView>> views(List<Project> selected) {
        List<Long> ids = selected.stream().map(Project::id).toList();
        LocalDate asOf = LocalDate.now(clock);
        return inputs.indicators(ids).collectList()
                .zipWith(inputs.budgets(ids).collectMap(BudgetRow::projectId))
                .map(loaded -> {
                    Map<Long, List<IndicatorRow>> byProject = loaded.getT1().stream()
                            .collect(Collectors.groupingBy(IndicatorRow::projectId, LinkedHashMap::new,
                                    Collectors.toList()));
                    return selected.stream().map(project -> view(project,
                            byProject.getOrDefault(project.id(), List.of()), loaded.getT2().get(project.id()), asOf))
                            .toList();
                });
    }

    private EvaluationView view(Project project, List<IndicatorRow> rows, BudgetRow budget, LocalDate asOf) {
        List<IndicatorScoreInput> scoreInputs = rows.stream().map(row -> new IndicatorScoreInput(row.indicatorId(),
                row.level1(), row.level2(), row.level3(), row.target(), row.actual(),
                row.measurementId() == null ? null : "measurement #" + row.measurementId(), row.completedOn(),
                row.weight(), row.grade(), row.gradePercent(), row.overridePoints(), row.overrideReason())).toList();
        ScoreCard card = ScoringEngine.score(new ScoreInput(budget.annualBudget(), budget.paid(), scoreInputs,
                packs.forDepartment(project.department().code())));
        List<EvaluationView.Deviation> deviations = rows.stream().filter(row -> row.deviationCategory() != null)
                .map(row -> new EvaluationView.Deviation(row.indicatorId(), row.level3(), row.deviationCategory(),
                        row.deviationText()))
                .toList();
        boolean projected = !asOf.isAfter(LocalDate.of(project.fiscalYear(), 12, 31));
        return new EvaluationView(project.id(), project.name(), project.department().code(),
                project.department().name(), project.fiscalYear(), asOf, projected, budget.state(),
                budget.finalizedBy(), budget.finalizedAt(), card, deviations);
    }

    private static List<StoredInput> validate(EvaluationRequest request, List<IndicatorRow> rows) {
        if (request == null || request.indicators() == null) {
            throw InvalidInputException.invalid("indicators", "is required: a list of indicator inputs");
        }
        Map<Long, IndicatorRow> byId = rows.stream().collect(Collectors.toMap(IndicatorRow::indicatorId, row -> row));
        Violations violations = new Violations();
        List<StoredInput> stored = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < request.indicators().size(); i++) {
            Violations item = violations.under("indicators[" + i + "].");
            EvaluationRequest.IndicatorInput input = request.indicators().get(i);
            if (input == null || input.indicatorId() == null) {
                item.add("indicatorId", "is required");
                continue;
            }
            if (!byId.containsKey(input.indicatorId())) {
                item.add("indicatorId", "is not an annual indicator of this project");
                continue;
            }
            if (!seen.add(input.indicatorId())) {
                item.add("indicatorId", "is listed twice");
                continue;
            }
            if (input.weight() != null && (input.weight().signum() < 0
                    || input.weight().compareTo(BigDecimal.valueOf(100)) > 0)) {
                item.add("weight", "must be between 0 and 100 points");
            }
            QualitativeGrade grade = grade(input, item);
            EvaluationRequest.Override override = input.override();
            if (override != null) {
                if (override.points() == null || override.points().signum() < 0
                        || override.points().compareTo(BigDecimal.valueOf(100)) > 0) {
                    item.add("override.points", "must be between 0 and 100 points");
                }
                item.requiredText("override.reason", override.reason(), MAX_TEXT_LENGTH);
            }
            EvaluationRequest.Deviation deviation = input.deviation();
            if (deviation != null) {
                if (!DEVIATION_CATEGORIES.contains(deviation.category())) {
                    item.add("deviation.category", "must be one of "
                            + List.of("经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"));
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
                item.add("grade", "is required with gradePercent");
            }
            return null;
        }
        QualitativeGrade grade;
        try {
            grade = QualitativeGrade.valueOf(input.grade().strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            item.add("grade", "must be ACHIEVED, PARTIAL or NOT_ACHIEVED");
            return null;
        }
        if (input.gradePercent() == null || !grade.admits(input.gradePercent())) {
            item.add("gradePercent", "must lie in the band of " + grade
                    + " (ACHIEVED 80–100, PARTIAL 60–<80, NOT_ACHIEVED 0–<60)");
        }
        return grade;
    }
}
