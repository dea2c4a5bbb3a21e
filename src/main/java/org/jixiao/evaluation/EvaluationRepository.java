package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import static org.jixiao.system.database.Timestamps.utc;

/** The evaluator's stored inputs and the evaluation's state. */
@Repository
class EvaluationRepository {

    private final DatabaseClient db;

    EvaluationRepository(DatabaseClient db) {
        this.db = db;
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

    Mono<Void> setState(long projectId, int fiscalYear, String state, String actor, Instant now) {
        return db.sql("""
                update evaluation set state = :state, updated_by = :actor, updated_at = :now,
                    finalized_by = case when :state = 'FINAL' then :actor end,
                    finalized_at = case when :state = 'FINAL' then :now end
                 where project_id = :projectId and fiscal_year = :year
                """)
                .bind("projectId", projectId).bind("year", fiscalYear).bind("state", state)
                .bind("actor", actor).bind("now", utc(now))
                .fetch().rowsUpdated().then();
    }

    private Mono<Void> touch(long projectId, int fiscalYear, String actor, Instant now) {
        return db.sql("update evaluation set updated_by = :actor, updated_at = :now"
                        + " where project_id = :projectId and fiscal_year = :year")
                .bind("projectId", projectId).bind("year", fiscalYear).bind("actor", actor)
                .bind("now", utc(now))
                .fetch().rowsUpdated().then();
    }

    /** One indicator's inputs as stored (nulls are defaults). */
    record StoredInput(long indicatorId, BigDecimal weight, String grade, BigDecimal gradePercent,
            BigDecimal overridePoints, String overrideReason, String deviationCategory, String deviationText) {
    }
}
