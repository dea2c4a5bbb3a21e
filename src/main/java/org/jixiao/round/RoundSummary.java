package org.jixiao.round;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jixiao.evaluation.scoring.Grade;
import org.jixiao.light.Light;

/**
 * A round at a glance, over the reports the caller may see: its progress (reports by state, and how many are late),
 * how many reports show each light (every light, zeros included, worst first) for a monitoring round or have each
 * grade (best first) for a self-evaluation round, and one line per report.
 */
public record RoundSummary(Round round, Map<Light, Long> lights, Map<Grade, Long> grades, List<Line> reports) {

    /** The lights in the order a summary shows them: the worst first. */
    public static final List<Light> LIGHTS_SHOWN = List.of(Light.RED, Light.YELLOW, Light.BLUE, Light.GREEN,
            Light.NONE);

    public RoundSummary {
        lights = Collections.unmodifiableMap(new LinkedHashMap<>(lights));
        grades = Collections.unmodifiableMap(new LinkedHashMap<>(grades));
        reports = List.copyOf(reports);
    }

    /**
     * A report's line: its project, state, lateness, when it was handed in, and its light (monitoring) or its total
     * and grade (self-evaluation); the other is null.
     */
    public record Line(long reportId, long projectId, String projectName, String departmentCode,
            String departmentName, ReportState state, boolean late, Instant submittedAt, Light light,
            BigDecimal total, Grade grade) {
    }

    public static RoundSummary of(Round round, List<ReportView> reports) {
        boolean monitoring = round.kind() == RoundKind.MONITORING;
        Map<Light, Long> lights = new LinkedHashMap<>();
        Map<Grade, Long> grades = new LinkedHashMap<>();
        if (monitoring) {
            LIGHTS_SHOWN.forEach(light -> lights.put(light, 0L));
        }
        else {
            Arrays.stream(Grade.values()).forEach(grade -> grades.put(grade, 0L));
        }
        List<Line> lines = reports.stream().map(report -> line(report, monitoring)).toList();
        lines.stream().filter(line -> line.light() != null).forEach(line -> lights.merge(line.light(), 1L, Long::sum));
        lines.stream().filter(line -> line.grade() != null).forEach(line -> grades.merge(line.grade(), 1L, Long::sum));
        return new RoundSummary(round, lights, grades, lines);
    }

    private static Line line(ReportView report, boolean monitoring) {
        SelfEvaluationForm self = report.selfEvaluation();
        return new Line(report.id(), report.projectId(), report.projectName(), report.departmentCode(),
                report.departmentName(), report.state(), report.late(), report.submittedAt(),
                monitoring ? light(report.form()) : null, self == null ? null : self.total(),
                self == null ? null : self.grade());
    }

    /** A report's light: the worst of its budget light and its indicators' lights. */
    public static Light light(ReportForm form) {
        return Light.worst(Stream.concat(Stream.of(form.funds().light()),
                form.indicators().stream().map(ReportForm.Line::light)).toList());
    }
}
