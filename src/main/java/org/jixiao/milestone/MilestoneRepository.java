package org.jixiao.milestone;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;

import io.r2dbc.spi.Readable;
import org.jixiao.security.ProjectVisibility;
import org.jixiao.system.Decimals;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import static org.jixiao.system.database.Timestamps.utc;

/**
 * Milestones in PostgreSQL. Derivation and the sweep are single statements over all projects (or one), whatever
 * their number; the sweep writes only the rows whose state changes.
 */
@Repository
public class MilestoneRepository {

    /** The due dates a target implies: a deadline's one date, or the period ends of a recurring target. */
    private static final String TARGET_DUE_DATES = """
            cross join lateral (
                select (i.target ->> 'due')::date as due
                 where i.target_kind = 'DEADLINE' and i.target ->> 'due' is not null
                union all
                select value::date
                  from jsonb_array_elements_text(coalesce(i.target -> 'recurrence' -> 'dueDates', '[]'::jsonb))
                 where i.target_kind = 'RECURRING'
            ) d
            """;

    /** The state an open milestone should be in today; MilestoneRules.state is the same rule in Java. */
    private static final String OPEN_STATE = """
            case when due < :today then 'OVERDUE'
                 when due - :today <= :dueSoonDays then 'DUE_SOON'
                 else 'UPCOMING' end""";

    private static final String OPEN = "state in (" + MilestoneState.openAsSqlList() + ")";

    private final DatabaseClient db;

    public MilestoneRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Adds the milestones that annual deadline and recurring targets imply and that do not exist yet. */
    public Mono<Long> deriveFromTargets(Long projectId, Instant now) {
        return forProject(db.sql("""
                insert into milestone (project_id, indicator_id, origin, kind, title, due, state, state_changed_at,
                    created_by, created_at)
                select i.project_id, i.id, 'TARGET',
                       case when i.level3 ~ '(支付|付款|尾款|质保金)' then 'PAYMENT'
                            when i.level3 ~ '验收' then 'ACCEPTANCE'
                            when i.level3 ~ '(完成|交付|上线|部署|建成)' then 'DELIVERY'
                            else 'OTHER' end,
                       i.level3, d.due, 'UPCOMING', :now, 'system', :now
                  from indicator i
                  %s
                 where i.scope = 'ANNUAL' %s
                on conflict (indicator_id, due) do nothing
                """.formatted(TARGET_DUE_DATES, projectCondition("i.project_id", projectId))), projectId)
                .bind("now", utc(now))
                .fetch().rowsUpdated();
    }

    /** Removes open derived milestones whose target no longer implies them (the target was adjusted). */
    public Mono<Long> removeStale(Long projectId) {
        return forProject(db.sql("""
                delete from milestone m
                 where m.origin = 'TARGET' and m.%s %s
                   and not exists (
                       select 1 from indicator i
                       %s
                        where i.id = m.indicator_id and i.scope = 'ANNUAL' and d.due = m.due)
                """.formatted(OPEN, projectCondition("m.project_id", projectId), TARGET_DUE_DATES)), projectId)
                .fetch().rowsUpdated();
    }

    /** Moves open milestones to the state today implies; counts the moves by new state. */
    public Mono<Map<String, Long>> sweep(Long projectId, LocalDate today, int dueSoonDays, Instant now) {
        return forProject(db.sql("""
                with moved as (
                    update milestone set state = %s, state_changed_at = :now
                     where %s %s
                       and state <> %s
                    returning state)
                select state, count(*) as moved from moved group by state
                """.formatted(OPEN_STATE, OPEN, projectCondition("project_id", projectId), OPEN_STATE)), projectId)
                .bind("today", today)
                .bind("dueSoonDays", dueSoonDays)
                .bind("now", utc(now))
                .map(row -> Map.entry(row.get("state", String.class), row.get("moved", Long.class)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, TreeMap::new)
                .map(Map::copyOf);
    }

    /** The bare statement that finds the moves the sweep makes, without making them (benchmark baseline). */
    public Mono<Long> countPendingMoves(LocalDate today, int dueSoonDays) {
        return db.sql("select count(*) as pending from milestone where " + OPEN + " and state <> " + OPEN_STATE)
                .bind("today", today)
                .bind("dueSoonDays", dueSoonDays)
                .map(row -> row.get("pending", Long.class))
                .one();
    }

    public Mono<Milestone> insertManual(long projectId, MilestoneKind kind, String title, LocalDate due,
            BigDecimal amount, MilestoneState state, String createdBy, Instant now) {
        return db.sql("""
                insert into milestone (project_id, origin, kind, title, due, amount, state, state_changed_at,
                    created_by, created_at)
                values (:projectId, 'MANUAL', :kind, :title, :due, :amount, :state, :now, :createdBy, :now)
                returning *
                """)
                .bind("projectId", projectId)
                .bind("kind", kind.name())
                .bind("title", title)
                .bind("due", due)
                .bind("amount", Parameter.fromOrEmpty(amount, BigDecimal.class))
                .bind("state", state.name())
                .bind("createdBy", createdBy)
                .bind("now", utc(now))
                .map(MilestoneRepository::milestone)
                .one();
    }

    public Mono<Milestone> findById(long id) {
        return db.sql("select * from milestone where id = :id").bind("id", id).map(MilestoneRepository::milestone)
                .one();
    }

    /** Locks the milestone row for the rest of the transaction. */
    public Mono<Milestone> lock(long id) {
        return db.sql("select * from milestone where id = :id for update").bind("id", id)
                .map(MilestoneRepository::milestone).one();
    }

    public Flux<Milestone> find(MilestoneFilter filter, ProjectVisibility visibility) {
        return db.sql("""
                select m.* from milestone m join project p on p.id = m.project_id
                 where (cast(:projectId as bigint) is null or m.project_id = :projectId)
                   and (cast(:state as text) is null or m.state = :state)
                   and (cast(:dueBefore as date) is null or m.due < :dueBefore)
                   and (cast(:department as text) is null or p.department_code = :department)
                   and (:everything or p.department_code = any(:visibleDepartments::text[])
                        or p.id = any(:visibleProjects::bigint[]))
                 order by m.due, m.id
                """)
                .bind("projectId", Parameter.fromOrEmpty(filter.projectId(), Long.class))
                .bind("state", Parameter.fromOrEmpty(filter.state() == null ? null : filter.state().name(),
                        String.class))
                .bind("dueBefore", Parameter.fromOrEmpty(filter.dueBefore(), LocalDate.class))
                .bind("department", Parameter.fromOrEmpty(filter.departmentCode(), String.class))
                .bind("everything", visibility.everything())
                .bind("visibleDepartments", visibility.departments().toArray(String[]::new))
                .bind("visibleProjects", visibility.projects().toArray(Long[]::new))
                .map(MilestoneRepository::milestone)
                .all();
    }

    public Mono<Milestone> complete(long id, LocalDate completedAt, boolean onTime, String evidence, Instant now) {
        return db.sql("""
                update milestone set state = 'MET', completed_at = :completedAt, on_time = :onTime,
                    evidence = :evidence, state_changed_at = :now
                 where id = :id returning *
                """)
                .bind("id", id)
                .bind("completedAt", completedAt)
                .bind("onTime", onTime)
                .bind("evidence", Parameter.fromOrEmpty(evidence, String.class))
                .bind("now", utc(now))
                .map(MilestoneRepository::milestone)
                .one();
    }

    public Mono<Milestone> waive(long id, String reason, Instant now) {
        return db.sql("""
                update milestone set state = 'WAIVED', waiver_reason = :reason, state_changed_at = :now
                 where id = :id returning *
                """)
                .bind("id", id)
                .bind("reason", reason)
                .bind("now", utc(now))
                .map(MilestoneRepository::milestone)
                .one();
    }

    private static String projectCondition(String column, Long projectId) {
        return projectId == null ? "" : "and " + column + " = :projectId";
    }

    private static GenericExecuteSpec forProject(GenericExecuteSpec spec, Long projectId) {
        return projectId == null ? spec : spec.bind("projectId", projectId);
    }

    static Milestone milestone(Readable row) {
        return new Milestone(
                row.get("id", Long.class),
                row.get("project_id", Long.class),
                row.get("indicator_id", Long.class),
                MilestoneOrigin.valueOf(row.get("origin", String.class)),
                MilestoneKind.valueOf(row.get("kind", String.class)),
                row.get("title", String.class),
                row.get("due", LocalDate.class),
                Decimals.plain(row.get("amount", BigDecimal.class)),
                MilestoneState.valueOf(row.get("state", String.class)),
                row.get("completed_at", LocalDate.class),
                row.get("on_time", Boolean.class),
                row.get("evidence", String.class),
                row.get("waiver_reason", String.class),
                row.get("state_changed_at", OffsetDateTime.class).toInstant());
    }
}
