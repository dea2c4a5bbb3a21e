package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;

import io.r2dbc.postgresql.codec.Json;
import org.jixiao.evaluation.scoring.QualitativeGrade;
import org.jixiao.indicator.grammar.Target;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Everything a score is computed from, for many projects in two statements: each annual indicator with its latest
 * actual, its deadline milestone and the evaluator's inputs; and each project's budget and payments, with the
 * evaluation's state and, once it is FINAL, the snapshot it was frozen with.
 */
@Repository
class EvaluationInputs {

    private final DatabaseClient db;
    private final JsonMapper jsonMapper;

    EvaluationInputs(DatabaseClient db, JsonMapper jsonMapper) {
        this.db = db;
        this.jsonMapper = jsonMapper;
    }

    Flux<IndicatorRow> indicators(Collection<Long> projectIds) {
        return db.sql("""
                select i.id, i.project_id, i.position, i.level1, i.level2, i.level3, i.target,
                       latest.id as measurement_id, latest.value as actual, ms.completed_at,
                       e.weight, e.grade, e.grade_percent, e.override_points, e.override_reason,
                       e.deviation_category, e.deviation_text
                  from indicator i
                  join project p on p.id = i.project_id
                  left join (select distinct on (indicator_id) indicator_id, id, value
                               from measurement where indicator_id in (
                                   select id from indicator where project_id = any(:ids::bigint[]))
                              order by indicator_id, observed_at desc, id desc) latest
                         on latest.indicator_id = i.id
                  left join milestone ms on ms.indicator_id = i.id and i.target_kind = 'DEADLINE'
                        and ms.state = 'MET'
                  left join evaluation_indicator e on e.indicator_id = i.id and e.project_id = i.project_id
                        and e.fiscal_year = p.fiscal_year
                 where i.scope = 'ANNUAL' and i.project_id = any(:ids::bigint[])
                 order by i.project_id, i.position
                """)
                .bind("ids", projectIds.toArray(Long[]::new))
                .map(row -> new IndicatorRow(row.get("id", Long.class), row.get("project_id", Long.class),
                        row.get("level1", String.class), row.get("level2", String.class),
                        row.get("level3", String.class),
                        jsonMapper.readValue(row.get("target", Json.class).asString(), Target.class),
                        row.get("actual", BigDecimal.class), row.get("measurement_id", Long.class),
                        row.get("completed_at", LocalDate.class), row.get("weight", BigDecimal.class),
                        row.get("grade", String.class) == null ? null
                                : QualitativeGrade.valueOf(row.get("grade", String.class)),
                        row.get("grade_percent", BigDecimal.class), row.get("override_points", BigDecimal.class),
                        row.get("override_reason", String.class), row.get("deviation_category", String.class),
                        row.get("deviation_text", String.class)))
                .all();
    }

    Flux<BudgetRow> budgets(Collection<Long> projectIds) {
        return db.sql("""
                select p.id, fa.total as annual_budget, coalesce(paid.amount, 0) as paid,
                       coalesce(ev.state, 'DRAFT') as state, ev.finalized_by, ev.finalized_at,
                       ev.finalize_reason, ev.snapshot
                  from project p
                  left join funding fa on fa.project_id = p.id and fa.scope = 'ANNUAL'
                  left join (select project_id, sum(amount) as amount from payment
                              where project_id = any(:ids::bigint[]) group by project_id) paid
                         on paid.project_id = p.id
                  left join evaluation ev on ev.project_id = p.id and ev.fiscal_year = p.fiscal_year
                 where p.id = any(:ids::bigint[])
                """)
                .bind("ids", projectIds.toArray(Long[]::new))
                .map(row -> new BudgetRow(row.get("id", Long.class), row.get("annual_budget", BigDecimal.class),
                        row.get("paid", BigDecimal.class), row.get("state", String.class),
                        row.get("finalized_by", String.class),
                        row.get("finalized_at", OffsetDateTime.class) == null ? null
                                : row.get("finalized_at", OffsetDateTime.class).toInstant(),
                        row.get("finalize_reason", String.class),
                        row.get("snapshot", Json.class) == null ? null : jsonMapper.readValue(
                                row.get("snapshot", Json.class).asString(), EvaluationSnapshot.class)))
                .all();
    }

    /** An annual indicator with what its score is computed from. */
    record IndicatorRow(long indicatorId, long projectId, String level1, String level2, String level3, Target target,
            BigDecimal actual, Long measurementId, LocalDate completedOn, BigDecimal weight, QualitativeGrade grade,
            BigDecimal gradePercent, BigDecimal overridePoints, String overrideReason, String deviationCategory,
            String deviationText) {
    }

    /** A project's budget, payments and evaluation state; a FINAL evaluation's snapshot. */
    record BudgetRow(long projectId, BigDecimal annualBudget, BigDecimal paid, String state, String finalizedBy,
            Instant finalizedAt, String finalizeReason, EvaluationSnapshot snapshot) {
    }
}
