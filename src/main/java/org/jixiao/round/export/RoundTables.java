package org.jixiao.round.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jixiao.evaluation.export.Table;
import org.jixiao.evaluation.export.Table.Merge;
import org.jixiao.evaluation.scoring.Grade;
import org.jixiao.light.Light;
import org.jixiao.round.ReportView;
import org.jixiao.round.Round;
import org.jixiao.round.RoundKind;
import org.jixiao.round.RoundSummary;
import org.jixiao.round.SelfEvaluationForm;
import org.jixiao.system.text.Messages;

/**
 * A round as one workbook: a summary sheet (the round, its progress — reports, draft, submitted, returned, approved,
 * late — how many reports show each light, and one row per report: project, department, state, late, submitted at,
 * light), then one sheet per report in the official layout ({@link ReportTables}). A report's light is the worst of
 * its budget light and its indicators' lights. A self-evaluation round counts grades (优, 良, 中, 差) instead of
 * lights and shows each report's total and grade.
 */
public final class RoundTables {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final List<Light> LIGHTS_SHOWN = RoundSummary.LIGHTS_SHOWN;

    private RoundTables() {
    }

    public static List<Table> workbook(Round round, List<ReportView> reports, Locale locale, ZoneId zone) {
        List<Table> sheets = new ArrayList<>();
        sheets.add(summary(round, reports, locale, zone));
        reports.forEach(report -> sheets.add(ReportTables.report(report, locale)));
        return sheets;
    }

    public static Table summary(Round round, List<ReportView> reports, Locale locale, ZoneId zone) {
        List<List<Object>> rows = new ArrayList<>();
        List<Merge> merges = new ArrayList<>();
        rows.add(row(round.title()));
        merges.add(new Merge(0, 0, 0, 5));
        rows.add(row(text("export.fiscal-year", locale), BigDecimal.valueOf(round.fiscalYear()),
                text("export.monitoring.period", locale), round.periodFrom() + " – " + round.periodTo(),
                text("export.round.due", locale), round.due().toString()));
        rows.add(row());
        Round.Progress progress = round.progress();
        rows.add(row(text("export.round.reports", locale), text("export.monitoring.state.DRAFT", locale),
                text("export.monitoring.state.SUBMITTED", locale), text("export.monitoring.state.RETURNED", locale),
                text("export.monitoring.state.APPROVED", locale), text("export.round.late", locale)));
        rows.add(row(count(progress.reports()), count(progress.draft()), count(progress.submitted()),
                count(progress.returned()), count(progress.approved()), count(progress.late())));
        rows.add(row());
        if (round.kind() == RoundKind.SELF_EVALUATION) {
            selfEvaluations(rows, reports, locale, zone);
        }
        else {
            monitoring(rows, reports, locale, zone);
        }
        return new Table(text("export.round.summary-sheet", locale), rows, merges);
    }

    /** How many reports show each light, and per report its light. */
    private static void monitoring(List<List<Object>> rows, List<ReportView> reports, Locale locale, ZoneId zone) {
        Map<Light, Long> lights = new EnumMap<>(Light.class);
        reports.forEach(report -> lights.merge(RoundSummary.light(report.form()), 1L, Long::sum));
        rows.add(new ArrayList<>(LIGHTS_SHOWN.stream().map(light -> (Object) ReportTables.light(light, locale))
                .toList()));
        rows.add(new ArrayList<>(LIGHTS_SHOWN.stream().map(light -> (Object) count(lights.getOrDefault(light, 0L)))
                .toList()));
        rows.add(row());
        rows.add(row(text("export.project-name", locale), text("export.department", locale),
                text("export.state", locale), text("export.round.late", locale),
                text("export.round.submitted-at", locale), text("export.monitoring.light", locale)));
        for (ReportView report : reports) {
            rows.add(row(report.projectName(), report.departmentCode() + " " + report.departmentName(),
                    text("export.monitoring.state." + report.state().name(), locale),
                    text(report.late() ? "export.round.yes" : "export.round.no", locale),
                    submittedAt(report.submittedAt(), zone),
                    ReportTables.light(RoundSummary.light(report.form()), locale)));
        }
    }

    /** How many reports have each grade, and per report its total and grade. */
    private static void selfEvaluations(List<List<Object>> rows, List<ReportView> reports, Locale locale,
            ZoneId zone) {
        Map<Grade, Long> grades = new EnumMap<>(Grade.class);
        reports.forEach(report -> grades.merge(report.selfEvaluation().grade(), 1L, Long::sum));
        rows.add(new ArrayList<>(Arrays.stream(Grade.values())
                .map(grade -> (Object) text("export.grade." + grade.name(), locale)).toList()));
        rows.add(new ArrayList<>(Arrays.stream(Grade.values())
                .map(grade -> (Object) count(grades.getOrDefault(grade, 0L))).toList()));
        rows.add(row());
        rows.add(row(text("export.project-name", locale), text("export.department", locale),
                text("export.state", locale), text("export.round.late", locale),
                text("export.round.submitted-at", locale), text("export.total", locale), text("export.grade", locale)));
        for (ReportView report : reports) {
            SelfEvaluationForm form = report.selfEvaluation();
            rows.add(row(report.projectName(), report.departmentCode() + " " + report.departmentName(),
                    text("export.monitoring.state." + report.state().name(), locale),
                    text(report.late() ? "export.round.yes" : "export.round.no", locale),
                    submittedAt(report.submittedAt(), zone), form.total(),
                    text("export.grade." + form.grade().name(), locale)));
        }
    }

    private static String submittedAt(Instant at, ZoneId zone) {
        return at == null ? null : MINUTES.format(at.atZone(zone));
    }

    private static BigDecimal count(long count) {
        return BigDecimal.valueOf(count);
    }

    private static String text(String key, Locale locale) {
        return Messages.text(key, locale);
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }
}
