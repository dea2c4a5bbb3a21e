package org.jixiao.light;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jixiao.project.JudgingLocks;
import org.jixiao.project.ProjectChange;
import org.jixiao.project.ProjectChangeListener;
import org.jixiao.project.ProjectService;
import org.jixiao.security.Caller;
import org.jixiao.system.Decimals;
import org.jixiao.system.text.Message;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Traffic lights for projects and their indicators (domain §5): inputs read in two statements, judged by the plain
 * rules of this package, stored where they changed. A write to a project re-judges it at once (as a
 * {@link ProjectChangeListener}; a report's workflow changes no light, so it is left out); the scheduled evaluation
 * re-judges every project for what time alone changes.
 * Reading a status judges afresh and stores nothing.
 */
@Service
@Order(200)
public class LightService implements ProjectChangeListener {

    private final LightInputs inputs;
    private final LightStore store;
    private final ProjectService projects;
    private final RulePack rules;
    private final JudgingLocks locks;
    private final TransactionalOperator transaction;
    private final Clock clock;

    public LightService(LightInputs inputs, LightStore store, ProjectService projects, RulePack rules,
            JudgingLocks locks, TransactionalOperator transaction, Clock clock) {
        this.inputs = inputs;
        this.store = store;
        this.projects = projects;
        this.rules = rules;
        this.locks = locks;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The status of one project as of now, for a caller who may see it; judged afresh, nothing is written. */
    public Mono<ProjectStatus> status(Caller caller, long projectId) {
        return projects.get(caller, projectId)
                .then(evaluate(Set.of(projectId)))
                .map(List::getFirst);
    }

    /**
     * Evaluates and stores every project's lights; answers how many stored rows changed. Holds the exclusive judging
     * lock, so a write judged meanwhile is never overwritten with what was judged before it.
     */
    public Mono<EvaluationSummary> evaluateAll() {
        return locks.forAll()
                .then(evaluate(null))
                .flatMap(statuses -> store.save(statuses, clock.instant())
                        .map(changed -> new EvaluationSummary(statuses.size(), changed, statuses.stream()
                                .collect(Collectors.groupingBy(status -> status.light().name(),
                                        Collectors.counting())))))
                .as(transaction::transactional);
    }

    /** Re-judges and stores the lights of the projects a write changed, inside that write's transaction. */
    @Override
    public Mono<Void> projectsChanged(ProjectChange change) {
        if (change.cause() == ProjectChange.Cause.REPORT) {
            return Mono.empty();
        }
        return evaluate(change.projectIds()).flatMap(statuses -> store.save(statuses, clock.instant())).then();
    }

    /** The lights of the given projects, or of all of them when {@code projectIds} is {@code null}. */
    private Mono<List<ProjectStatus>> evaluate(Set<Long> projectIds) {
        LocalDate asOf = LocalDate.now(clock);
        return inputs.indicators(projectIds).collectList()
                .zipWith(inputs.budgets(projectIds).collectList())
                .map(loaded -> {
                    Map<Long, List<IndicatorInput>> byProject = loaded.getT1().stream()
                            .collect(Collectors.groupingBy(IndicatorInput::projectId));
                    return loaded.getT2().stream()
                            .map(budget -> judge(budget, byProject.getOrDefault(budget.projectId(), List.of()), asOf))
                            .toList();
                });
    }

    private ProjectStatus judge(BudgetInput budget, List<IndicatorInput> indicators, LocalDate asOf) {
        BudgetExecution execution = BudgetLights.evaluate(budget.paid(), budget.annualBudget(), asOf,
                budget.fiscalYear(), rules);
        List<ProjectStatus.IndicatorStatus> statuses = new ArrayList<>();
        List<Verdict> evaluations = new ArrayList<>();
        List<Message> reasons = new ArrayList<>();
        if (execution.light() != Light.GREEN) {
            reasons.add(Message.of("status.reason.budget", execution.reason()));
        }
        for (IndicatorInput indicator : indicators) {
            Verdict evaluation = IndicatorLights.evaluate(indicator.target(), indicator.actual(), asOf,
                    indicator.fiscalYear(), indicator.milestoneState(), indicator.completedOn(), rules);
            evaluations.add(evaluation);
            statuses.add(new ProjectStatus.IndicatorStatus(indicator.indicatorId(), indicator.level1(),
                    indicator.level2(), indicator.level3(), indicator.target().text(),
                    Decimals.plain(indicator.actual()), evaluation.light(), evaluation.reason()));
            if (evaluation.light() == Light.RED || evaluation.light() == Light.YELLOW
                    || evaluation.light() == Light.BLUE) {
                reasons.add(Message.of("status.reason.indicator", indicator.level3(), evaluation.reason()));
            }
        }
        Verdict project = ProjectLights.combine(new Verdict(execution.light(), execution.reason()),
                evaluations);
        return new ProjectStatus(budget.projectId(), asOf, project.light(), project.reason(), execution.light(),
                execution.execution(), execution.timeProgress(), Decimals.plain(budget.paid()),
                Decimals.plain(budget.annualBudget()), statuses, reasons);
    }

    /** What an evaluation of all projects found. */
    public record EvaluationSummary(int projects, long storedChanges, Map<String, Long> projectsByLight) {
    }
}
