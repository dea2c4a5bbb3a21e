package org.jixiao.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jixiao.monitoring.BudgetExecution;
import org.jixiao.monitoring.BudgetLights;
import org.jixiao.monitoring.Evaluation;
import org.jixiao.monitoring.IndicatorLights;
import org.jixiao.monitoring.Light;
import org.jixiao.monitoring.ProjectLights;
import org.jixiao.monitoring.RulePack;
import org.jixiao.project.ProjectService;
import org.jixiao.security.Caller;
import org.jixiao.system.Decimals;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Traffic lights for projects and their indicators (domain §5): inputs read in two statements, judged by the plain
 * rules of {@code org.jixiao.monitoring}, stored where they changed.
 */
@Service
public class StatusService {

    private final StatusInputs inputs;
    private final StatusStore store;
    private final ProjectService projects;
    private final RulePack rules;
    private final Clock clock;

    public StatusService(StatusInputs inputs, StatusStore store, ProjectService projects, RulePack rules,
            Clock clock) {
        this.inputs = inputs;
        this.store = store;
        this.projects = projects;
        this.rules = rules;
        this.clock = clock;
    }

    /** The status of one project as of now, for a caller who may see it; also stored. */
    public Mono<ProjectStatus> status(Caller caller, long projectId) {
        return projects.get(caller, projectId)
                .then(evaluate(projectId))
                .flatMap(statuses -> store.save(statuses, clock.instant()).thenReturn(statuses.getFirst()));
    }

    /** Evaluates and stores every project's lights; answers how many stored rows changed. */
    public Mono<EvaluationSummary> evaluateAll() {
        return evaluate(null).flatMap(statuses -> store.save(statuses, clock.instant())
                .map(changed -> new EvaluationSummary(statuses.size(), changed, statuses.stream()
                        .collect(Collectors.groupingBy(status -> status.light().name(), Collectors.counting())))));
    }

    private Mono<List<ProjectStatus>> evaluate(Long projectId) {
        LocalDate asOf = LocalDate.now(clock);
        return inputs.indicators(projectId).collectList()
                .zipWith(inputs.budgets(projectId).collectList())
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
        List<Evaluation> evaluations = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        if (execution.light() != Light.GREEN) {
            reasons.add("budget: " + execution.reason());
        }
        for (IndicatorInput indicator : indicators) {
            Evaluation evaluation = IndicatorLights.evaluate(indicator.target(), indicator.actual(), asOf,
                    indicator.fiscalYear(), indicator.milestoneState(), indicator.completedOn(), rules);
            evaluations.add(evaluation);
            statuses.add(new ProjectStatus.IndicatorStatus(indicator.indicatorId(), indicator.level1(),
                    indicator.level2(), indicator.level3(), indicator.target().text(),
                    Decimals.plain(indicator.actual()), evaluation.light(), evaluation.reason()));
            if (evaluation.light() == Light.RED || evaluation.light() == Light.YELLOW
                    || evaluation.light() == Light.BLUE) {
                reasons.add(indicator.level3() + ": " + evaluation.reason());
            }
        }
        Evaluation project = ProjectLights.combine(new Evaluation(execution.light(), execution.reason()),
                evaluations);
        return new ProjectStatus(budget.projectId(), asOf, project.light(), project.reason(), execution.light(),
                execution.execution(), execution.timeProgress(), Decimals.plain(budget.paid()),
                Decimals.plain(budget.annualBudget()), statuses, reasons);
    }

    /** What an evaluation of all projects found. */
    public record EvaluationSummary(int projects, long storedChanges, Map<String, Long> projectsByLight) {
    }
}
