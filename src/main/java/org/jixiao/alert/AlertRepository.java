package org.jixiao.alert;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.jixiao.alert.AlertReconciler.AlertUpdate;
import org.jixiao.alert.AlertReconciler.NewAlert;
import org.jixiao.security.ProjectVisibility;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import static org.jixiao.system.database.Timestamps.instant;
import static org.jixiao.system.database.Timestamps.utc;

/** Alerts in PostgreSQL; reconciling writes each kind of change with one statement, however many alerts change. */
@Repository
class AlertRepository {

    private final DatabaseClient db;
    private final JsonMapper json;

    AlertRepository(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /**
     * The open alerts of the given projects (all when {@code projectIds} is {@code null}), and the resolved ones whose
     * identity is among {@code keys}.
     */
    Mono<Map<String, StoredAlert>> stored(Collection<String> keys, Collection<Long> projectIds) {
        return db.sql("""
                select id, identity_key, kind, state, severity, notify_step, fire_count, facts from alert
                 where (state <> 'RESOLVED' and (:all or project_id = any(:projects::bigint[])))
                    or identity_key = any(:keys::text[])
                """)
                .bind("keys", keys.toArray(String[]::new))
                .bind("all", projectIds == null)
                .bind("projects", projectIds == null ? new Long[0] : projectIds.toArray(Long[]::new))
                .map(row -> new StoredAlert(row.get("id", Long.class), row.get("identity_key", String.class),
                        AlertKind.valueOf(row.get("kind", String.class)),
                        AlertState.valueOf(row.get("state", String.class)),
                        Severity.valueOf(row.get("severity", String.class)),
                        row.get("notify_step", Integer.class), row.get("fire_count", Integer.class),
                        facts(row)))
                .all()
                .collectMap(StoredAlert::identityKey, Function.identity());
    }

    /** Inserts new alerts, firing; answers their ids by identity. */
    Mono<Map<String, Long>> insert(List<NewAlert> alerts, Instant now) {
        if (alerts.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("""
                insert into alert (identity_key, kind, project_id, department_code, indicator_id, milestone_id,
                    period, severity, state, facts, labels, notify_step, fire_count, first_fired_at, fired_at,
                    updated_at)
                select n.key, n.kind, n.project, n.department, n.indicator, n.milestone, n.period, n.severity,
                       'FIRING', n.facts::jsonb, n.labels::jsonb, n.step, 1, :now, :now, :now
                  from unnest(:keys::text[], :kinds::text[], :projects::bigint[], :departments::text[],
                              :indicators::bigint[], :milestones::bigint[], :periods::text[], :severities::text[],
                              :facts::text[], :labels::text[], :steps::int[])
                       as n(key, kind, project, department, indicator, milestone, period, severity, facts, labels,
                            step)
                returning id, identity_key
                """)
                .bind("keys", alerts.stream().map(alert -> alert.condition().identityKey()).toArray(String[]::new))
                .bind("kinds", alerts.stream().map(alert -> alert.condition().kind().name()).toArray(String[]::new))
                .bind("projects", alerts.stream().map(alert -> alert.condition().projectId()).toArray(Long[]::new))
                .bind("departments", alerts.stream().map(alert -> alert.condition().departmentCode())
                        .toArray(String[]::new))
                .bind("indicators", alerts.stream().map(alert -> alert.condition().indicatorId()).toArray(Long[]::new))
                .bind("milestones", alerts.stream().map(alert -> alert.condition().milestoneId()).toArray(Long[]::new))
                .bind("periods", alerts.stream().map(alert -> alert.condition().period()).toArray(String[]::new))
                .bind("severities", alerts.stream().map(alert -> alert.severity().name()).toArray(String[]::new))
                .bind("facts", alerts.stream().map(alert -> json.writeValueAsString(alert.condition().facts()))
                        .toArray(String[]::new))
                .bind("labels", alerts.stream().map(alert -> json.writeValueAsString(
                        alert.condition().labels(alert.severity()))).toArray(String[]::new))
                .bind("steps", alerts.stream().map(NewAlert::step).toArray(Integer[]::new))
                .bind("now", utc(now))
                .map(row -> Map.entry(row.get("identity_key", String.class), row.get("id", Long.class)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    /** Writes changed alerts; a refired one starts a new firing, with its acknowledgement cleared. */
    Mono<Long> update(List<AlertUpdate> updates, Instant now) {
        if (updates.isEmpty()) {
            return Mono.just(0L);
        }
        return db.sql("""
                update alert a set state = u.state, severity = u.severity, facts = u.facts::jsonb,
                       labels = u.labels::jsonb, notify_step = u.step, fire_count = u.fire_count,
                       fired_at = case when u.refired then :now else a.fired_at end,
                       acknowledged_by = case when u.refired then null else a.acknowledged_by end,
                       acknowledged_at = case when u.refired then null else a.acknowledged_at end,
                       acknowledgement_comment = case when u.refired then null else a.acknowledgement_comment end,
                       resolved_at = null, updated_at = :now
                  from unnest(:ids::bigint[], :states::text[], :severities::text[], :facts::text[], :labels::text[],
                              :steps::int[], :fireCounts::int[], :refired::boolean[])
                       as u(id, state, severity, facts, labels, step, fire_count, refired)
                 where a.id = u.id
                """)
                .bind("ids", updates.stream().map(update -> update.alert().id()).toArray(Long[]::new))
                .bind("states", updates.stream().map(update -> update.state().name()).toArray(String[]::new))
                .bind("severities", updates.stream().map(update -> update.severity().name()).toArray(String[]::new))
                .bind("facts", updates.stream().map(update -> json.writeValueAsString(update.condition().facts()))
                        .toArray(String[]::new))
                .bind("labels", updates.stream().map(update -> json.writeValueAsString(
                        update.condition().labels(update.severity()))).toArray(String[]::new))
                .bind("steps", updates.stream().map(AlertUpdate::step).toArray(Integer[]::new))
                .bind("fireCounts", updates.stream().map(AlertUpdate::fireCount).toArray(Integer[]::new))
                .bind("refired", updates.stream().map(AlertUpdate::refired).toArray(Boolean[]::new))
                .bind("now", utc(now))
                .fetch().rowsUpdated();
    }

    Mono<Long> resolve(List<StoredAlert> alerts, Instant now) {
        if (alerts.isEmpty()) {
            return Mono.just(0L);
        }
        return db.sql("""
                update alert set state = 'RESOLVED', resolved_at = :now, updated_at = :now
                 where id = any(:ids::bigint[])
                """)
                .bind("ids", alerts.stream().map(StoredAlert::id).toArray(Long[]::new))
                .bind("now", utc(now))
                .fetch().rowsUpdated();
    }

    Flux<Alert> find(AlertQuery query, ProjectVisibility visibility) {
        return db.sql("""
                select a.* from alert a
                 where (cast(:state as text) is null or a.state = :state)
                   and (cast(:kind as text) is null or a.kind = :kind)
                   and (cast(:department as text) is null or a.department_code = :department)
                   and (cast(:projectId as bigint) is null or a.project_id = :projectId)
                   and (:everything or a.department_code = any(:visibleDepartments::text[])
                        or a.project_id = any(:visibleProjects::bigint[]))
                 order by a.updated_at desc, a.id desc
                 limit :size offset :offset
                """)
                .bind("state", Parameter.fromOrEmpty(query.state() == null ? null : query.state().name(),
                        String.class))
                .bind("kind", Parameter.fromOrEmpty(query.kind() == null ? null : query.kind().name(), String.class))
                .bind("department", Parameter.fromOrEmpty(query.departmentCode(), String.class))
                .bind("projectId", Parameter.fromOrEmpty(query.projectId(), Long.class))
                .bind("everything", visibility.everything())
                .bind("visibleDepartments", visibility.departments().toArray(String[]::new))
                .bind("visibleProjects", visibility.projects().toArray(Long[]::new))
                .bind("size", query.size())
                .bind("offset", (long) query.page() * query.size())
                .map(this::alert)
                .all();
    }

    Mono<Alert> findById(long id) {
        return db.sql("select * from alert where id = :id").bind("id", id).map(this::alert).one();
    }

    Mono<Alert> lock(long id) {
        return db.sql("select * from alert where id = :id for update").bind("id", id).map(this::alert).one();
    }

    /** Acknowledges a firing alert; empty when it is not firing (resolved, or acknowledged first by someone else). */
    Mono<Alert> acknowledge(long id, String by, String comment, Instant now) {
        return db.sql("""
                update alert set state = 'ACKNOWLEDGED', acknowledged_by = :by, acknowledged_at = :now,
                       acknowledgement_comment = :comment, updated_at = :now
                 where id = :id and state = 'FIRING' and acknowledged_at is null
                 returning *
                """)
                .bind("id", id)
                .bind("by", by)
                .bind("comment", Parameter.fromOrEmpty(comment, String.class))
                .bind("now", utc(now))
                .map(this::alert)
                .one();
    }

    /** Alerts by state, kind and severity, for the gauges. */
    Flux<Map.Entry<List<String>, Long>> countsByStateKindSeverity() {
        return db.sql("""
                select state, kind, severity, count(*) as n from alert where state <> 'RESOLVED'
                 group by state, kind, severity
                """)
                .map(row -> Map.entry(List.of(row.get("state", String.class), row.get("kind", String.class),
                        row.get("severity", String.class)), row.get("n", Long.class)))
                .all();
    }

    private Alert alert(Readable row) {
        String acknowledgedBy = row.get("acknowledged_by", String.class);
        return new Alert(row.get("id", Long.class), AlertKind.valueOf(row.get("kind", String.class)),
                Severity.valueOf(row.get("severity", String.class)),
                AlertState.valueOf(row.get("state", String.class)), row.get("project_id", Long.class),
                row.get("department_code", String.class), row.get("indicator_id", Long.class),
                row.get("milestone_id", Long.class), row.get("period", String.class), facts(row),
                row.get("fire_count", Integer.class), instant(row, "first_fired_at"), instant(row, "fired_at"),
                acknowledgedBy == null ? null : new Alert.Acknowledgement(acknowledgedBy,
                        instant(row, "acknowledged_at"), row.get("acknowledgement_comment", String.class)),
                instant(row, "resolved_at"), instant(row, "updated_at"));
    }

    private AlertFacts facts(Readable row) {
        return json.readValue(row.get("facts", Json.class).asString(), AlertFacts.class);
    }
}
