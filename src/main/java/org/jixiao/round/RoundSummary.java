package org.jixiao.round;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jixiao.light.Light;

/**
 * A round at a glance, over the reports the caller may see: its progress (reports by state, and how many are late),
 * how many reports show each light (every light, zeros included, worst first), and one line per report.
 */
public record RoundSummary(Round round, Map<Light, Long> lights, List<Line> reports) {

    /** The lights in the order a summary shows them: the worst first. */
    public static final List<Light> LIGHTS_SHOWN = List.of(Light.RED, Light.YELLOW, Light.BLUE, Light.GREEN,
            Light.NONE);

    public RoundSummary {
        lights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lights));
        reports = List.copyOf(reports);
    }

    /** A report's line: its project, state, lateness, when it was handed in, and its light. */
    public record Line(long reportId, long projectId, String projectName, String departmentCode,
            String departmentName, ReportState state, boolean late, Instant submittedAt, Light light) {
    }

    public static RoundSummary of(Round round, List<ReportView> reports) {
        Map<Light, Long> lights = new LinkedHashMap<>();
        LIGHTS_SHOWN.forEach(light -> lights.put(light, 0L));
        List<Line> lines = reports.stream().map(report -> new Line(report.id(), report.projectId(),
                report.projectName(), report.departmentCode(), report.departmentName(), report.state(),
                report.late(), report.submittedAt(), light(report.form()))).toList();
        lines.forEach(line -> lights.merge(line.light(), 1L, Long::sum));
        return new RoundSummary(round, lights, lines);
    }

    /** A report's light: the worst of its budget light and its indicators' lights. */
    public static Light light(ReportForm form) {
        return Light.worst(Stream.concat(Stream.of(form.funds().light()),
                form.indicators().stream().map(ReportForm.Line::light)).toList());
    }
}
