package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.r2dbc.postgresql.codec.Json;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import static org.jixiao.system.database.Timestamps.utc;

/** The evaluator's stored inputs, the evaluation's state and a FINAL evaluation's snapshot. */
@Repository
class EvaluationRepository {

    private final DatabaseClient db;
    private final JsonMapper jsonMapper;

    EvaluationRepository(DatabaseClient db, JsonMapper jsonMapper) {
        this.db = db;
        this.jsonMapper = jsonMapper;
    }

    /** The evaluation's state, locked for the rest of the transaction; a new one starts as a draft. */
    Mono<String> lockOrCreate(long projectId, int fiscalYear, String actor, Instant now) {
        return db.sql("""
                insert into evaluation (project_id, fiscal_year, state, updated_by, updated_at)
                values (:projectId, :year, 'DRAFT', :actor, :now)
                on conflict (project_id, fiscal_year) do nothing
                """)
                .bind("projectId", projectId).bind("year", fiscalYear).bind("actor", actor)
                .bind("now", utc(now))
                .fetch().rowsUpdated()
                .then(db.sql("select state from evaluation where project_id = :projectId and fiscal_year = :year"
                                + " for update")
                        .bind("projectId", projectId).bind("year", fiscalYear)
                        .map(row -> row.get("state", String.class)).one());
    }

    Mono<Void> saveInputs(long projectId, int fiscalYear, List<StoredInput> inputs, String actor, Instant now) {
        if (inputs.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("""
                insert into evaluation_indicator (project_id, fiscal_year, indicator_id, weight, grade, grade_percent,
                    override_points, override_reason, deviation_category, deviation_text)
                select :projectId, :year, u.* from unnest(:ids::bigint[], :weights::numeric[], :grades::text[],
                    :percents::numeric[], :overrides::numeric[], :reasons::text[], :categories::text[],
                    :texts::text[]) as u(indicator_id, weight, grade, grade_percent, override_points,
                    override_reason, deviation_category, deviation_text)
                on conflict (project_id, fiscal_year, indicator_id) do update set weight = excluded.weight,
                    grade = excluded.grade, grade_percent = excluded.grade_percent,
                    override_points = excluded.override_points, override_reason = excluded.override_reason,
                    deviation_category = excluded.deviation_category, deviation_text = excluded.deviation_text
                """)
                .bind("projectId", projectId).bind("year", fiscalYear)
                .bind("ids", inputs.stream().map(StoredInput::indicatorId).toArray(Long[]::new))
                .bind("weights", inputs.stream().map(StoredInput::weight).toArray(BigDecimal[]::new))
                .bind("grades", inputs.stream().map(StoredInput::grade).toArray(String[]::new))
                .bind("percents", inputs.stream().map(StoredInput::gradePercent).toArray(BigDecimal[]::new))
                .bind("overrides", inputs.stream().map(StoredInput::overridePoints).toArray(BigDecimal[]::new))
                .bind("reasons", inputs.stream().map(StoredInput::overrideReason).toArray(String[]::new))
                .bind("categories", inputs.stream().map(StoredInput::deviationCategory).toArray(String[]::new))
                .bind("texts", inputs.stream().map(StoredInput::deviationText).toArray(String[]::new))
                .fetch().rowsUpdated()
                .then(touch(projectId, fiscalYear, actor, now));
    }

    /** Freezes the evaluation: FINAL, with who and when, the reason (if any) and the snapshot of its figures. */
    Mono<Void> freeze(long projectId, int fiscalYear, EvaluationSnapshot snapshot, String reason, String actor,
            Instant now) {
        return db.sql("""
                update evaluation set state = 'FINAL', updated_by = :actor, updated_at = :now, finalized_by = :actor,
                    finalized_at = :now, finalize_reason = :reason, snapshot = :snapshot
                 where project_id = :projectId and fiscal_year = :year
                """)
                .bind("projectId", projectId).bind("year", fiscalYear).bind("actor", actor)
                .bind("now", utc(now)).bind("reason", Parameter.fromOrEmpty(reason, String.class))
                .bind("snapshot", json(snapshot))
                .fetch().rowsUpdated().then();
    }

    /** Opens the evaluation again: DRAFT, computed live; the snapshot is dropped (the audit log keeps the total). */
    Mono<Void> reopen(long projectId, int fiscalYear, String actor, Instant now) {
        return db.sql("""
                update evaluation set state = 'DRAFT', updated_by = :actor, updated_at = :now, finalized_by = null,
                    finalized_at = null, finalize_reason = null, snapshot = null
                 where project_id = :projectId and fiscal_year = :year
                """)
                .bind("projectId", projectId).bind("year", fiscalYear).bind("actor", actor)
                .bind("now", utc(now))
                .fetch().rowsUpdated().then();
    }

    /** Evaluations finalized before snapshots were stored (migration V8), as project id → fiscal year. */
    Flux<Map.Entry<Long, Integer>> finalWithoutSnapshot() {
        return db.sql("select project_id, fiscal_year from evaluation where state = 'FINAL' and snapshot is null")
                .map(row -> Map.entry(row.get("project_id", Long.class), row.get("fiscal_year", Integer.class)))
                .all();
    }

    /**
     * Gives a FINAL evaluation without a snapshot the one taken now; answers whether it did (another instance may
     * have been first). Locks the row for the rest of the transaction.
     */
    Mono<Boolean> lockFinalWithoutSnapshot(long projectId, int fiscalYear) {
        return db.sql("""
                select 1 from evaluation where project_id = :projectId and fiscal_year = :year
                   and state = 'FINAL' and snapshot is null
                   for update
                """)
                .bind("projectId", projectId).bind("year", fiscalYear)
                .map(row -> true).first().defaultIfEmpty(false);
    }

    Mono<Void> storeSnapshot(long projectId, int fiscalYear, EvaluationSnapshot snapshot) {
        return db.sql("update evaluation set snapshot = :snapshot where project_id = :projectId"
                        + " and fiscal_year = :year and state = 'FINAL' and snapshot is null")
                .bind("projectId", projectId).bind("year", fiscalYear).bind("snapshot", json(snapshot))
                .fetch().rowsUpdated().then();
    }

    private Mono<Void> touch(long projectId, int fiscalYear, String actor, Instant now) {
        return db.sql("update evaluation set updated_by = :actor, updated_at = :now"
                        + " where project_id = :projectId and fiscal_year = :year")
                .bind("projectId", projectId).bind("year", fiscalYear).bind("actor", actor)
                .bind("now", utc(now))
                .fetch().rowsUpdated().then();
    }

    private Parameter json(EvaluationSnapshot snapshot) {
        return Parameter.from(Json.of(jsonMapper.writeValueAsString(snapshot)));
    }

    /** One indicator's inputs as stored (nulls are defaults). */
    record StoredInput(long indicatorId, BigDecimal weight, String grade, BigDecimal gradePercent,
            BigDecimal overridePoints, String overrideReason, String deviationCategory, String deviationText) {
    }
}
