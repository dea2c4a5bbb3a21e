package org.jixiao.metrics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.jixiao.light.Light;

/**
 * Registers the service's own gauges ({@link MetricsSnapshot}, through its package-private {@code publish}) from rows
 * made in memory instead of read from the database. For the scrape benchmark: the same meters, the same tags, built
 * by the same code.
 */
public final class MetricsSnapshotRows {

    private MetricsSnapshotRows() {
    }

    /** A project as the snapshot's project query returns it. */
    public record Project(long id, String name, String departmentCode, String department, int fiscalYear, Light light,
            Double execution, Double progress) {
    }

    /** One row of {@code select project_id, state, count(*) from milestone group by project_id, state}. */
    public record StateCount(long projectId, String state, long count) {
    }

    /** An open milestone, as the snapshot's open-milestone query returns it. */
    public record OpenMilestone(long id, long projectId, String title, String state, LocalDate due) {
    }

    /**
     * A {@link MetricsSnapshot} on {@code registry} with the rows published as {@code refresh()} would publish them.
     * Per-indicator rows are left empty when there are more projects than {@code perIndicatorMaxProjects}, as in the
     * service; this seam takes no indicators, so it refuses a project count at which the service would export them.
     * {@code scores} are the (projected) self-evaluation totals by project id, as {@code EvaluationService.totals()}
     * gives them. Hold the returned snapshot as the service's context holds the bean.
     */
    public static MetricsSnapshot publish(MeterRegistry registry, int perIndicatorMaxProjects, Clock clock,
            List<Project> projects, List<StateCount> counts, List<OpenMilestone> open, Map<Long, BigDecimal> scores) {
        if (projects.size() <= perIndicatorMaxProjects) {
            throw new IllegalArgumentException("At " + projects.size() + " projects the service exports per-indicator"
                    + " series, which this seam does not make");
        }
        MetricsSnapshot snapshot = new MetricsSnapshot(null, registry, new MetricsProperties(perIndicatorMaxProjects),
                clock, null);
        snapshot.publish(
                projects.stream().map(p -> new MetricsSnapshot.ProjectRow(p.id(), p.name(), p.departmentCode(),
                        p.department(), p.fiscalYear(), p.light(), p.execution(), p.progress())).toList(),
                counts.stream().map(c -> new MetricsSnapshot.CountRow(c.projectId(), c.state(), c.count())).toList(),
                open.stream().map(o -> new MetricsSnapshot.DueRow(o.id(), o.projectId(), o.title(), o.state(),
                        o.due())).toList(),
                List.of(), scores);
        return snapshot;
    }
}
