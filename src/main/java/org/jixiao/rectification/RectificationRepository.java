package org.jixiao.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.r2dbc.spi.Readable;
import org.jixiao.security.ProjectVisibility;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import static org.jixiao.system.database.Timestamps.instant;
import static org.jixiao.system.database.Timestamps.utc;

/**
 * Rectification items in PostgreSQL. Lists are one statement over the items of the projects the caller may see;
 * overdue is worked out in the statement from today's date, never stored.
 */
@Repository
public class RectificationRepository {

    /** An item (alias x) with its project (p) and indicator (i), and whether it is overdue on :today. */
    private static final String SELECT = """
            select x.*, p.name as project_name, p.department_code, p.fiscal_year, i.level3 as indicator_name,
                   (x.state = 'OPEN' and x.due < :today) as overdue
              from rectification x
              join project p on p.id = x.project_id
              left join indicator i on i.id = x.indicator_id
            """;

    private final DatabaseClient db;

    public RectificationRepository(DatabaseClient db) {
        this.db = db;
    }

    /** The items the caller may see, soonest due first. */
    public Flux<Rectification> find(RectificationFilter filter, ProjectVisibility visibility, LocalDate today) {
        return db.sql(SELECT + """
                 where (:everything or p.department_code = any(:visibleDepartments::text[])
                        or p.id = any(:visibleProjects::bigint[]))
                   and (cast(:projectId as bigint) is null or x.project_id = :projectId)
                   and (cast(:department as text) is null or p.department_code = :department)
                   and (cast(:state as text) is null or x.state = :state)
                   and (cast(:overdue as boolean) is null or (x.state = 'OPEN' and x.due < :today) = :overdue)
                   and (cast(:fiscalYear as integer) is null or p.fiscal_year = :fiscalYear)
                 order by x.due, x.id
                """)
                .bind("everything", visibility.everything())
                .bind("visibleDepartments", visibility.departments().toArray(String[]::new))
                .bind("visibleProjects", visibility.projects().toArray(Long[]::new))
                .bind("projectId", Parameter.fromOrEmpty(filter.projectId(), Long.class))
                .bind("department", Parameter.fromOrEmpty(filter.department(), String.class))
                .bind("state", Parameter.fromOrEmpty(filter.state() == null ? null : filter.state().name(),
                        String.class))
                .bind("overdue", Parameter.fromOrEmpty(filter.overdue(), Boolean.class))
                .bind("fiscalYear", Parameter.fromOrEmpty(filter.fiscalYear(), Integer.class))
                .bind("today", today)
                .map(RectificationRepository::rectification)
                .all();
    }

    public Mono<Rectification> findById(long id, LocalDate today) {
        return db.sql(SELECT + " where x.id = :id").bind("id", id).bind("today", today)
                .map(RectificationRepository::rectification).one();
    }

    /** The items with these ids, in id order (those just opened). */
    public Flux<Rectification> findByIds(List<Long> ids, LocalDate today) {
        return db.sql(SELECT + " where x.id = any(:ids::bigint[]) order by x.id")
                .bind("ids", ids.toArray(Long[]::new)).bind("today", today)
                .map(RectificationRepository::rectification).all();
    }

    /** Locks the item's row for the rest of the transaction and reads it. */
    public Mono<Rectification> lock(long id, LocalDate today) {
        return db.sql("select id from rectification where id = :id for update").bind("id", id)
                .map(row -> row.get("id", Long.class)).one()
                .flatMap(locked -> findById(locked, today));
    }

    /**
     * Opens the drafts in one statement; a draft whose report already opened an item for its indicator is skipped.
     * Answers the ids of the items opened.
     */
    public Flux<Long> open(List<RectificationDraft> drafts, String actor, Instant now) {
        if (drafts.isEmpty()) {
            return Flux.empty();
        }
        return db.sql("""
                insert into rectification (project_id, report_id, indicator_id, what, who, due, created_at,
                    created_by, updated_at)
                select d.project_id, d.report_id, d.indicator_id, d.what, d.who, d.due::date, :now, :actor, :now
                  from unnest(:projects::bigint[], :reports::bigint[], :indicators::bigint[], :whats::text[],
                              :whos::text[], :dues::text[]) with ordinality
                       as d (project_id, report_id, indicator_id, what, who, due, n)
                 order by d.n
                on conflict (report_id, indicator_id) where report_id is not null and indicator_id is not null
                do nothing
                returning id
                """)
                .bind("projects", drafts.stream().map(RectificationDraft::projectId).toArray(Long[]::new))
                .bind("reports", drafts.stream().map(RectificationDraft::reportId).toArray(Long[]::new))
                .bind("indicators", drafts.stream().map(RectificationDraft::indicatorId).toArray(Long[]::new))
                .bind("whats", drafts.stream().map(RectificationDraft::what).toArray(String[]::new))
                .bind("whos", drafts.stream().map(RectificationDraft::who).toArray(String[]::new))
                .bind("dues", drafts.stream().map(draft -> draft.due().toString()).toArray(String[]::new))
                .bind("actor", actor)
                .bind("now", utc(now))
                .map(row -> row.get("id", Long.class))
                .all();
    }

    /** Writes what, who and due of an item and counts the write in its version. */
    public Mono<Void> update(long id, String what, String who, LocalDate due, Instant now) {
        return db.sql("""
                update rectification set what = :what, who = :who, due = :due, updated_at = :now,
                    version = version + 1
                 where id = :id
                """)
                .bind("id", id).bind("what", what).bind("who", who).bind("due", due).bind("now", utc(now))
                .then();
    }

    /** Closes an item with its note and counts the write in its version. */
    public Mono<Void> close(long id, String note, String actor, Instant now) {
        return db.sql("""
                update rectification set state = 'DONE', closed_note = :note, closed_at = :now, closed_by = :actor,
                    updated_at = :now, version = version + 1
                 where id = :id
                """)
                .bind("id", id).bind("note", note).bind("actor", actor).bind("now", utc(now))
                .then();
    }

    private static Rectification rectification(Readable row) {
        return new Rectification(row.get("id", Long.class), row.get("project_id", Long.class),
                row.get("project_name", String.class), row.get("department_code", String.class),
                row.get("fiscal_year", Integer.class), row.get("report_id", Long.class),
                row.get("indicator_id", Long.class), row.get("indicator_name", String.class),
                row.get("what", String.class), row.get("who", String.class), row.get("due", LocalDate.class),
                RectificationState.valueOf(row.get("state", String.class)),
                Boolean.TRUE.equals(row.get("overdue", Boolean.class)), row.get("closed_note", String.class),
                instant(row, "closed_at"), row.get("closed_by", String.class), instant(row, "created_at"),
                row.get("created_by", String.class), instant(row, "updated_at"), row.get("version", Integer.class));
    }
}
