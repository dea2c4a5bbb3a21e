package org.jixiao.status;

import java.math.BigDecimal;

import io.r2dbc.postgresql.codec.Json;
import org.jixiao.indicator.target.Target;
import org.jixiao.monitoring.MilestoneState;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Reads everything the lights are judged from in two statements (indicators with their latest actual and deadline
 * milestone; budgets with their payments), for one project or for all of them.
 */
@Repository
public class StatusInputs {

    private final DatabaseClient db;
    private final JsonMapper jsonMapper;

    public StatusInputs(DatabaseClient db, JsonMapper jsonMapper) {
        this.db = db;
        this.jsonMapper = jsonMapper;
    }

    public Flux<IndicatorInput> indicators(Long projectId) {
        String where = projectId == null ? "" : "and i.project_id = :projectId";
        // For one project, only its indicators' measurements are sorted, not every measurement ever recorded.
        String ofProject = projectId == null ? ""
                : "where indicator_id in (select id from indicator where project_id = :projectId)";
        var spec = db.sql("""
                select i.id, i.project_id, p.fiscal_year, i.level1, i.level2, i.level3, i.target,
                       latest.value as actual, ms.state as milestone_state, ms.completed_at
                  from indicator i
                  join project p on p.id = i.project_id
                  left join (select distinct on (indicator_id) indicator_id, value
                               from measurement %s
                              order by indicator_id, observed_at desc, id desc) latest
                         on latest.indicator_id = i.id
                  left join milestone ms on ms.indicator_id = i.id and i.target_kind = 'DEADLINE'
                 where i.scope = 'ANNUAL' %s
                 order by i.project_id, i.position
                """.formatted(ofProject, where));
        if (projectId != null) {
            spec = spec.bind("projectId", projectId);
        }
        return spec.map(row -> new IndicatorInput(row.get("id", Long.class), row.get("project_id", Long.class),
                        row.get("fiscal_year", Integer.class), row.get("level1", String.class),
                        row.get("level2", String.class), row.get("level3", String.class),
                        jsonMapper.readValue(row.get("target", Json.class).asString(), Target.class),
                        row.get("actual", BigDecimal.class),
                        row.get("milestone_state", String.class) == null ? null
                                : MilestoneState.valueOf(row.get("milestone_state", String.class)),
                        row.get("completed_at", java.time.LocalDate.class)))
                .all();
    }

    public Flux<BudgetInput> budgets(Long projectId) {
        String where = projectId == null ? "" : " where p.id = :projectId";
        var spec = db.sql("""
                select p.id, p.fiscal_year, fa.total as annual_budget, coalesce(paid.amount, 0) as paid
                  from project p
                  left join funding fa on fa.project_id = p.id and fa.scope = 'ANNUAL'
                  left join (select project_id, sum(amount) as amount from payment group by project_id) paid
                         on paid.project_id = p.id""" + where + " order by p.id");
        if (projectId != null) {
            spec = spec.bind("projectId", projectId);
        }
        return spec.map(row -> new BudgetInput(row.get("id", Long.class), row.get("fiscal_year", Integer.class),
                        row.get("annual_budget", BigDecimal.class), row.get("paid", BigDecimal.class)))
                .all();
    }
}
