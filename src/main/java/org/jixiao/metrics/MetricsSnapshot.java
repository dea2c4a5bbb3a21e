package org.jixiao.metrics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.jixiao.evaluation.EvaluationService;
import org.jixiao.light.Light;
import org.jixiao.milestone.MilestoneState;
import org.jixiao.schedule.Check;
import org.jixiao.schedule.CheckListener;
import org.jixiao.schedule.CheckResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * The project, milestone and indicator gauges of /actuator/prometheus (docs/metrics.md). They are read from an
 * in-memory snapshot that the checks refresh with a few set-based statements, so a scrape never queries the
 * database. Rows carry their values strongly, so a gauge never turns NaN after a garbage collection.
 */
@Component
@Order(200)
public class MetricsSnapshot implements CheckListener {

    private static final Logger log = LoggerFactory.getLogger(MetricsSnapshot.class);

    private final DatabaseClient db;
    private final MetricsProperties properties;
    private final ZoneId zone;
    private final MultiGauge projectLight;
    private final MultiGauge budgetExecution;
    private final MultiGauge timeProgress;
    private final MultiGauge projectMilestones;
    private final MultiGauge projectsByLight;
    private final MultiGauge milestonesByState;
    private final MultiGauge milestoneDue;
    private final MultiGauge indicatorLight;
    private final MultiGauge indicatorAttainment;
    private final MultiGauge projectScore;
    private final EvaluationService evaluations;

    public MetricsSnapshot(DatabaseClient db, MeterRegistry registry, MetricsProperties properties,
            Clock clock, EvaluationService evaluations) {
        this.db = db;
        this.evaluations = evaluations;
        this.properties = properties;
        this.zone = clock.getZone();
        this.projectLight = gauge(registry, "jixiao.project.light",
                "Project light: 0 NONE, 1 GREEN, 2 BLUE, 3 YELLOW, 4 RED");
        this.budgetExecution = gauge(registry, "jixiao.project.budget.execution.ratio",
                "Paid / annual budget");
        this.timeProgress = gauge(registry, "jixiao.project.time.progress.ratio",
                "Elapsed share of the fiscal year");
        this.projectMilestones = gauge(registry, "jixiao.project.milestones", "A project's milestones by state");
        this.projectsByLight = gauge(registry, "jixiao.projects", "Projects by light");
        this.milestonesByState = gauge(registry, "jixiao.milestones", "Milestones by state");
        this.milestoneDue = gauge(registry, "jixiao.milestone.due.timestamp.seconds",
                "Due date of an open milestone, Unix seconds (start of the day, service time zone)");
        this.indicatorLight = gauge(registry, "jixiao.indicator.light",
                "Indicator light: 0 NONE, 1 GREEN, 2 BLUE, 3 YELLOW, 4 RED");
        this.indicatorAttainment = gauge(registry, "jixiao.indicator.attainment.ratio",
                "Latest actual / target value of a measured indicator");
        this.projectScore = gauge(registry, "jixiao.project.score.points",
                "Self-evaluation total out of 100; a finalized evaluation's frozen total, else projected from the"
                        + " actuals so far until the fiscal year ends");
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        refresh().subscribe(null, failure -> log.warn("Could not build the metrics snapshot: {}",
                failure.getMessage()));
    }

    /** The milestone sweep and the light evaluation change what the gauges show; a failed run changed nothing. */
    @Override
    public Mono<Void> afterRun(CheckResult result) {
        boolean changesGauges = result.check().equals(Check.MILESTONE_SWEEP.id())
                || result.check().equals(Check.LIGHT_EVALUATION.id());
        return changesGauges && result.succeeded() ? refresh() : Mono.empty();
    }

    /** Reads the current state in a few statements and replaces every gauge row at once. */
    public Mono<Void> refresh() {
        return projects().zipWith(milestoneCounts()).zipWith(openMilestones()).zipWith(evaluations.totals())
                .flatMap(loaded -> {
                    List<ProjectRow> projects = loaded.getT1().getT1().getT1();
                    boolean perIndicator = projects.size() <= properties.perIndicatorMaxProjects();
                    Mono<List<IndicatorRow>> indicators = perIndicator ? indicators().collectList()
                            : Mono.just(List.of());
                    return indicators.doOnNext(rows -> publish(projects, loaded.getT1().getT1().getT2(),
                            loaded.getT1().getT2(), rows, loaded.getT2()));
                })
                .then();
    }

    /** Replaces every gauge row from already-loaded rows (package-private: a seam for the scrape benchmark). */
    void publish(List<ProjectRow> projects, List<CountRow> counts, List<DueRow> due,
            List<IndicatorRow> indicators, Map<Long, BigDecimal> scores) {
        Map<Long, ProjectRow> byId = new HashMap<>();
        projects.forEach(project -> byId.put(project.id(), project));
        List<MultiGauge.Row<?>> light = new ArrayList<>();
        List<MultiGauge.Row<?>> execution = new ArrayList<>();
        List<MultiGauge.Row<?>> progress = new ArrayList<>();
        List<MultiGauge.Row<?>> score = new ArrayList<>();
        Map<Tags, Long> perLight = new HashMap<>();
        for (ProjectRow project : projects) {
            Tags tags = project.tags();
            light.add(MultiGauge.Row.of(tags, project.light().severity()));
            if (project.execution() != null) {
                execution.add(MultiGauge.Row.of(tags, project.execution()));
            }
            if (project.progress() != null) {
                progress.add(MultiGauge.Row.of(tags, project.progress()));
            }
            BigDecimal total = scores.get(project.id());
            if (total != null) {
                score.add(MultiGauge.Row.of(tags, total.doubleValue()));
            }
            perLight.merge(Tags.of("light", project.light().name(), "department_code", project.departmentCode(),
                    "department", project.department()), 1L, Long::sum);
        }
        Map<Long, Map<String, Long>> statesByProject = new HashMap<>();
        Map<Tags, Long> perState = new HashMap<>();
        for (CountRow count : counts) {
            statesByProject.computeIfAbsent(count.projectId(), id -> new HashMap<>()).put(count.state(), count.count());
            ProjectRow project = byId.get(count.projectId());
            if (project != null) {
                perState.merge(Tags.of("state", count.state(), "department_code", project.departmentCode(),
                        "department", project.department()), count.count(), Long::sum);
            }
        }
        List<MultiGauge.Row<?>> milestones = new ArrayList<>();
        for (ProjectRow project : projects) {
            Map<String, Long> states = statesByProject.getOrDefault(project.id(), Map.of());
            for (MilestoneState each : MilestoneState.values()) {
                String state = each.name();
                milestones.add(MultiGauge.Row.of(project.tags().and("state", state), states.getOrDefault(state, 0L)));
            }
        }
        List<MultiGauge.Row<?>> dueRows = due.stream().filter(row -> byId.containsKey(row.projectId()))
                .<MultiGauge.Row<?>>map(row -> {
                    ProjectRow project = byId.get(row.projectId());
                    return MultiGauge.Row.of(Tags.of("project_id", String.valueOf(project.id()), "project",
                            project.name(), "department_code", project.departmentCode(), "milestone_id",
                            String.valueOf(row.id()), "milestone", row.title(), "state", row.state()),
                            row.due().atStartOfDay(zone).toEpochSecond());
                }).toList();
        List<MultiGauge.Row<?>> indicatorLights = new ArrayList<>();
        List<MultiGauge.Row<?>> attainment = new ArrayList<>();
        for (IndicatorRow indicator : indicators) {
            ProjectRow project = byId.get(indicator.projectId());
            if (project == null) {
                continue;
            }
            Tags tags = Tags.of("project_id", String.valueOf(project.id()), "project", project.name(),
                    "department_code", project.departmentCode(), "indicator_id", String.valueOf(indicator.id()),
                    "level1", indicator.level1(), "level2", indicator.level2(), "indicator", indicator.level3());
            indicatorLights.add(MultiGauge.Row.of(tags, indicator.light().severity()));
            if (indicator.actual() != null && indicator.target() != null && indicator.target().signum() > 0) {
                attainment.add(MultiGauge.Row.of(tags, indicator.actual().doubleValue()
                        / indicator.target().doubleValue()));
            }
        }
        projectLight.register(light, true);
        budgetExecution.register(execution, true);
        timeProgress.register(progress, true);
        projectScore.register(score, true);
        projectMilestones.register(milestones, true);
        projectsByLight.register(perLight.entrySet().stream()
                .<MultiGauge.Row<?>>map(entry -> MultiGauge.Row.of(entry.getKey(), entry.getValue())).toList(), true);
        milestonesByState.register(perState.entrySet().stream()
                .<MultiGauge.Row<?>>map(entry -> MultiGauge.Row.of(entry.getKey(), entry.getValue())).toList(), true);
        milestoneDue.register(dueRows, true);
        indicatorLight.register(indicatorLights, true);
        indicatorAttainment.register(attainment, true);
    }

    private Mono<List<ProjectRow>> projects() {
        return db.sql("""
                select p.id, p.name, p.department_code, p.department_name, p.fiscal_year, ps.light,
                       ps.budget_execution, ps.time_progress
                  from project p left join project_status ps on ps.project_id = p.id
                """)
                .map(row -> new ProjectRow(row.get("id", Long.class), row.get("name", String.class),
                        row.get("department_code", String.class), row.get("department_name", String.class),
                        row.get("fiscal_year", Integer.class),
                        row.get("light", String.class) == null ? Light.NONE
                                : Light.valueOf(row.get("light", String.class)),
                        doubleOf(row.get("budget_execution", BigDecimal.class)),
                        doubleOf(row.get("time_progress", BigDecimal.class))))
                .all().collectList();
    }

    private Mono<List<CountRow>> milestoneCounts() {
        return db.sql("select project_id, state, count(*) as n from milestone group by project_id, state")
                .map(row -> new CountRow(row.get("project_id", Long.class), row.get("state", String.class),
                        row.get("n", Long.class)))
                .all().collectList();
    }

    private Mono<List<DueRow>> openMilestones() {
        return db.sql("select id, project_id, title, state, due from milestone"
                        + " where state in (" + MilestoneState.openAsSqlList() + ")")
                .map(row -> new DueRow(row.get("id", Long.class), row.get("project_id", Long.class),
                        row.get("title", String.class), row.get("state", String.class),
                        row.get("due", LocalDate.class)))
                .all().collectList();
    }

    private Flux<IndicatorRow> indicators() {
        return db.sql("""
                select i.id, i.project_id, i.level1, i.level2, i.level3, s.light, s.actual,
                       (i.target ->> 'value')::numeric as target_value
                  from indicator_status s join indicator i on i.id = s.indicator_id
                """)
                .map(row -> new IndicatorRow(row.get("id", Long.class), row.get("project_id", Long.class),
                        row.get("level1", String.class), row.get("level2", String.class),
                        row.get("level3", String.class), Light.valueOf(row.get("light", String.class)),
                        row.get("actual", BigDecimal.class), row.get("target_value", BigDecimal.class)))
                .all();
    }

    private static MultiGauge gauge(MeterRegistry registry, String name, String description) {
        return MultiGauge.builder(name).description(description).register(registry);
    }

    private static Double doubleOf(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    record ProjectRow(long id, String name, String departmentCode, String department, int fiscalYear,
            Light light, Double execution, Double progress) {

        Tags tags() {
            return Tags.of("project_id", String.valueOf(id), "project", name, "department_code", departmentCode,
                    "department", department, "fiscal_year", String.valueOf(fiscalYear));
        }
    }

    record CountRow(long projectId, String state, long count) {
    }

    record DueRow(long id, long projectId, String title, String state, LocalDate due) {
    }

    record IndicatorRow(long id, long projectId, String level1, String level2, String level3, Light light,
            BigDecimal actual, BigDecimal target) {
    }
}
