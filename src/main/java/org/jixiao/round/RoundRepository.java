package org.jixiao.round;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.jixiao.security.ProjectVisibility;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import static org.jixiao.system.database.Timestamps.instant;
import static org.jixiao.system.database.Timestamps.utc;

/**
 * Rounds, their reports and what people filled in, in PostgreSQL. Opening a round's reports is one statement over
 * every project in scope; progress and lists are counted in SQL over the reports the caller may see.
 */
@Repository
public class RoundRepository {

    /** Whether a report (alias r, its round rd) is late: not handed in by the due date, or handed in after it. */
    public static final String LATE = """
            ((r.state in ('DRAFT', 'RETURNED') and cast(:today as date) > rd.due)
             or (r.submitted_at is not null and (r.submitted_at at time zone :zone)::date > rd.due))""";

    private static final String VISIBLE = """
            (:everything or p.department_code = any(:visibleDepartments::text[])
             or p.id = any(:visibleProjects::bigint[]))""";

    private final DatabaseClient db;
    private final JsonMapper jsonMapper;

    public RoundRepository(DatabaseClient db, JsonMapper jsonMapper) {
        this.db = db;
        this.jsonMapper = jsonMapper;
    }

    public Mono<Long> insertRound(RoundRequest request, String title, String actor, Instant now) {
        return db.sql("""
                insert into report_round (kind, fiscal_year, title, period_from, period_to, due, departments, projects,
                    created_by, created_at)
                values (:kind, :fiscalYear, :title, :periodFrom, :periodTo, :due, :departments::text[],
                    :projects::bigint[], :actor, :now)
                returning id
                """)
                .bind("kind", request.kind().name())
                .bind("fiscalYear", request.fiscalYear())
                .bind("title", title)
                .bind("periodFrom", request.periodFrom())
                .bind("periodTo", request.periodTo())
                .bind("due", request.due())
                .bind("departments", request.departments().stream().map(String::strip).distinct()
                        .toArray(String[]::new))
                .bind("projects", request.projects().stream().distinct().toArray(Long[]::new))
                .bind("actor", actor)
                .bind("now", utc(now))
                .map(row -> row.get("id", Long.class))
                .one();
    }

    /** Opens a draft report for every project of the fiscal year in the departments or named; answers them. */
    public Flux<OpenedReport> openReports(long roundId, int fiscalYear, List<String> departments, List<Long> projects,
            String actor, Instant now) {
        return db.sql("""
                insert into report (round_id, project_id, state, version, updated_by, updated_at)
                select :roundId, p.id, 'DRAFT', 0, :actor, :now
                  from project p
                 where p.fiscal_year = :fiscalYear
                   and (p.department_code = any(:departments::text[]) or p.id = any(:projects::bigint[]))
                 order by p.id
                returning id, project_id
                """)
                .bind("roundId", roundId)
                .bind("fiscalYear", fiscalYear)
                .bind("departments", departments.stream().map(String::strip).toArray(String[]::new))
                .bind("projects", projects.toArray(Long[]::new))
                .bind("actor", actor)
                .bind("now", utc(now))
                .map(row -> new OpenedReport(row.get("id", Long.class), row.get("project_id", Long.class)))
                .all();
    }

    /** A report a dispatch opened, and its project. */
    public record OpenedReport(long reportId, long projectId) {
    }

    /** Rounds with at least one report the caller may see, newest first, with progress over those reports. */
    public Flux<Round> findRounds(RoundFilter filter, ProjectVisibility visibility, LocalDate today, ZoneId zone) {
        return visible(db.sql("""
                select rd.*, count(*) as reports,
                       count(*) filter (where r.state = 'DRAFT') as draft,
                       count(*) filter (where r.state = 'SUBMITTED') as submitted,
                       count(*) filter (where r.state = 'RETURNED') as returned,
                       count(*) filter (where r.state = 'APPROVED') as approved,
                       count(*) filter (where %s) as late
                  from report_round rd
                  join report r on r.round_id = rd.id
                  join project p on p.id = r.project_id
                 where %s
                   and (cast(:roundId as bigint) is null or rd.id = :roundId)
                   and (cast(:kind as text) is null or rd.kind = :kind)
                   and (cast(:fiscalYear as integer) is null or rd.fiscal_year = :fiscalYear)
                   and (cast(:department as text) is null or rd.id in (
                        select r2.round_id from report r2 join project p2 on p2.id = r2.project_id
                         where p2.department_code = :department))
                 group by rd.id
                 order by rd.created_at desc, rd.id desc
                """.formatted(LATE, VISIBLE)), visibility, today, zone)
                .bind("roundId", Parameter.fromOrEmpty(filter.roundId(), Long.class))
                .bind("kind", Parameter.fromOrEmpty(filter.kind() == null ? null : filter.kind().name(),
                        String.class))
                .bind("fiscalYear", Parameter.fromOrEmpty(filter.fiscalYear(), Integer.class))
                .bind("department", Parameter.fromOrEmpty(filter.department(), String.class))
                .map(RoundRepository::round)
                .all();
    }

    /** The reports of a round the caller may see, by project, filtered by state, department and lateness. */
    public Flux<ReportListItem> findReports(long roundId, ReportFilter filter, ProjectVisibility visibility,
            LocalDate today, ZoneId zone) {
        return visible(db.sql("""
                select r.*, p.name as project_name, p.department_code, %s as late
                  from report r
                  join report_round rd on rd.id = r.round_id
                  join project p on p.id = r.project_id
                 where r.round_id = :roundId and %s
                   and (cast(:state as text) is null or r.state = :state)
                   and (cast(:department as text) is null or p.department_code = :department)
                   and (cast(:late as boolean) is null or %s = :late)
                 order by p.department_code, p.id
                """.formatted(LATE, VISIBLE, LATE)), visibility, today, zone)
                .bind("roundId", roundId)
                .bind("state", Parameter.fromOrEmpty(filter.state() == null ? null : filter.state().name(),
                        String.class))
                .bind("department", Parameter.fromOrEmpty(filter.department(), String.class))
                .bind("late", Parameter.fromOrEmpty(filter.late(), Boolean.class))
                .map(row -> new ReportListItem(row.get("id", Long.class), row.get("round_id", Long.class),
                        row.get("project_id", Long.class), row.get("project_name", String.class),
                        row.get("department_code", String.class),
                        ReportState.valueOf(row.get("state", String.class)), row.get("version", Integer.class),
                        Boolean.TRUE.equals(row.get("late", Boolean.class)), instant(row, "submitted_at"),
                        instant(row, "reviewed_at"), instant(row, "updated_at")))
                .all();
    }

    /** The round of a report, whatever the caller may see (the report's own project decides that). */
    public Mono<Round> roundById(long id) {
        return db.sql("select rd.*, null::bigint as reports from report_round rd where rd.id = :id").bind("id", id)
                .map(RoundRepository::round).one();
    }

    public Mono<Report> findReport(long id) {
        return db.sql("select * from report where id = :id").bind("id", id).map(this::report).one();
    }

    /** Locks the report row for the rest of the transaction. */
    public Mono<Report> lockReport(long id) {
        return db.sql("select * from report where id = :id for update").bind("id", id).map(this::report).one();
    }

    /** Whether the report is late today. */
    public Mono<Boolean> isLate(long id, LocalDate today, ZoneId zone) {
        return db.sql("select " + LATE + " as late from report r join report_round rd on rd.id = r.round_id"
                        + " where r.id = :id")
                .bind("id", id)
                .bind("today", today)
                .bind("zone", zone.getId())
                .map(row -> Boolean.TRUE.equals(row.get("late", Boolean.class)))
                .one();
    }

    /** Writes the report's state and fields and counts the write in its version. */
    public Mono<Report> write(Report report, String actor, Instant now) {
        return db.sql("""
                update report set state = :state, version = version + 1, funds_projected = :fundsProjected,
                    progress = :progress, return_comment = :returnComment, return_fields = :returnFields,
                    reopen_reason = :reopenReason, snapshot = :snapshot, conclusions = :conclusions,
                    self_evaluation_snapshot = :selfEvaluationSnapshot, submitted_at = :submittedAt,
                    submitted_by = :submittedBy, reviewed_at = :reviewedAt, reviewed_by = :reviewedBy,
                    updated_by = :actor, updated_at = :now
                 where id = :id
                returning *
                """)
                .bind("id", report.id())
                .bind("state", report.state().name())
                .bind("fundsProjected", Parameter.fromOrEmpty(report.fundsProjected(), BigDecimal.class))
                .bind("progress", Parameter.fromOrEmpty(report.progress(), String.class))
                .bind("returnComment", Parameter.fromOrEmpty(report.returnComment(), String.class))
                .bind("returnFields", json(report.returnFields()))
                .bind("reopenReason", Parameter.fromOrEmpty(report.reopenReason(), String.class))
                .bind("snapshot", json(report.snapshot()))
                .bind("conclusions", Parameter.fromOrEmpty(report.conclusions(), String.class))
                .bind("selfEvaluationSnapshot", json(report.selfEvaluationSnapshot()))
                .bind("submittedAt", Parameter.fromOrEmpty(report.submittedAt() == null ? null
                        : utc(report.submittedAt()), OffsetDateTime.class))
                .bind("submittedBy", Parameter.fromOrEmpty(report.submittedBy(), String.class))
                .bind("reviewedAt", Parameter.fromOrEmpty(report.reviewedAt() == null ? null
                        : utc(report.reviewedAt()), OffsetDateTime.class))
                .bind("reviewedBy", Parameter.fromOrEmpty(report.reviewedBy(), String.class))
                .bind("actor", actor)
                .bind("now", utc(now))
                .map(this::report)
                .one();
    }

    public Flux<ReportEntry> entries(long reportId) {
        return db.sql("select * from report_indicator where report_id = :id order by indicator_id")
                .bind("id", reportId)
                .map(row -> new ReportEntry(row.get("indicator_id", Long.class), row.get("projected", BigDecimal.class),
                        row.get("likelihood", String.class), Arrays.asList(row.get("causes", String[].class)),
                        row.get("cause_text", String.class), row.get("measure", String.class)))
                .all();
    }

    /** Stores what was filled in for the listed indicators, in one statement. */
    public Mono<Long> saveEntries(long reportId, List<ReportEntry> entries) {
        if (entries.isEmpty()) {
            return Mono.just(0L);
        }
        return db.sql("""
                insert into report_indicator (report_id, indicator_id, projected, likelihood, causes, cause_text,
                    measure)
                select :reportId, e.indicator_id, e.projected, e.likelihood,
                       array(select jsonb_array_elements_text(e.causes::jsonb)), e.cause_text, e.measure
                  from unnest(:ids::bigint[], :projected::numeric[], :likelihoods::text[], :causes::text[],
                              :causeTexts::text[], :measures::text[])
                       as e (indicator_id, projected, likelihood, causes, cause_text, measure)
                on conflict (report_id, indicator_id) do update set projected = excluded.projected,
                    likelihood = excluded.likelihood, causes = excluded.causes, cause_text = excluded.cause_text,
                    measure = excluded.measure
                """)
                .bind("reportId", reportId)
                .bind("ids", entries.stream().map(ReportEntry::indicatorId).toArray(Long[]::new))
                .bind("projected", entries.stream().map(ReportEntry::projected).toArray(BigDecimal[]::new))
                .bind("likelihoods", entries.stream().map(ReportEntry::likelihood).toArray(String[]::new))
                .bind("causes", entries.stream().map(entry -> jsonMapper.writeValueAsString(entry.causes()))
                        .toArray(String[]::new))
                .bind("causeTexts", entries.stream().map(ReportEntry::causeText).toArray(String[]::new))
                .bind("measures", entries.stream().map(ReportEntry::measure).toArray(String[]::new))
                .fetch().rowsUpdated();
    }

    /** The annual indicators of a project, by id. */
    public Mono<Set<Long>> annualIndicatorIds(long projectId) {
        return db.sql("select id from indicator where project_id = :id and scope = 'ANNUAL'")
                .bind("id", projectId)
                .map(row -> row.get("id", Long.class))
                .all().collect(java.util.stream.Collectors.toSet());
    }

    /** The latest measurement of each annual indicator of a project: when it was observed and its evidence. */
    public Mono<Map<Long, Evidence>> latestEvidence(long projectId) {
        return db.sql("""
                select distinct on (m.indicator_id) m.indicator_id, m.observed_at, m.evidence_url, m.note
                  from measurement m join indicator i on i.id = m.indicator_id
                 where i.project_id = :id and i.scope = 'ANNUAL'
                 order by m.indicator_id, m.observed_at desc, m.id desc
                """)
                .bind("id", projectId)
                .map(row -> new Evidence(row.get("indicator_id", Long.class), instant(row, "observed_at"),
                        row.get("evidence_url", String.class), row.get("note", String.class)))
                .all()
                .collectMap(Evidence::indicatorId);
    }

    /** A measurement's date and evidence, as the form shows them beside the actual. */
    public record Evidence(long indicatorId, Instant observedAt, String url, String note) {
    }

    private static GenericExecuteSpec visible(GenericExecuteSpec spec, ProjectVisibility visibility, LocalDate today,
            ZoneId zone) {
        return spec.bind("everything", visibility.everything())
                .bind("visibleDepartments", visibility.departments().toArray(String[]::new))
                .bind("visibleProjects", visibility.projects().toArray(Long[]::new))
                .bind("today", today)
                .bind("zone", zone.getId());
    }

    private static Round round(Readable row) {
        Long reports = row.get("reports", Long.class);
        Round.Progress progress = reports == null ? null : new Round.Progress(reports, row.get("draft", Long.class),
                row.get("submitted", Long.class), row.get("returned", Long.class), row.get("approved", Long.class),
                row.get("late", Long.class));
        return new Round(row.get("id", Long.class), RoundKind.valueOf(row.get("kind", String.class)),
                row.get("fiscal_year", Integer.class), row.get("title", String.class),
                row.get("period_from", LocalDate.class), row.get("period_to", LocalDate.class),
                row.get("due", LocalDate.class), List.of(row.get("departments", String[].class)),
                List.of(row.get("projects", Long[].class)), row.get("created_by", String.class),
                instant(row, "created_at"), progress);
    }

    private Report report(Readable row) {
        Json fields = row.get("return_fields", Json.class);
        Json snapshot = row.get("snapshot", Json.class);
        Json selfEvaluation = row.get("self_evaluation_snapshot", Json.class);
        return new Report(row.get("id", Long.class), row.get("round_id", Long.class), row.get("project_id", Long.class),
                ReportState.valueOf(row.get("state", String.class)), row.get("version", Integer.class),
                row.get("funds_projected", BigDecimal.class), row.get("progress", String.class),
                row.get("return_comment", String.class),
                fields == null ? null : jsonMapper.readValue(fields.asString(), new TypeReference<Map<String, String>>() {
                }),
                row.get("reopen_reason", String.class),
                snapshot == null ? null : jsonMapper.readValue(snapshot.asString(), ReportForm.class),
                instant(row, "submitted_at"), row.get("submitted_by", String.class), instant(row, "reviewed_at"),
                row.get("reviewed_by", String.class), row.get("updated_by", String.class), instant(row, "updated_at"),
                row.get("conclusions", String.class), selfEvaluation == null ? null
                        : jsonMapper.readValue(selfEvaluation.asString(), SelfEvaluationForm.class));
    }

    private Parameter json(Object value) {
        return Parameter.fromOrEmpty(value == null ? null : Json.of(jsonMapper.writeValueAsString(value)), Json.class);
    }

}
