package org.jixiao.light;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;

import io.r2dbc.postgresql.codec.Json;
import org.jixiao.indicator.grammar.Target;
import org.jixiao.milestone.MilestoneState;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Reads everything the lights are judged from in two statements (indicators with their latest actual and deadline
 * milestone; budgets with their payments), for some projects or for all of them.
 */
@Repository
public class LightInputs {

    private final DatabaseClient db;
    private final JsonMapper jsonMapper;

    public LightInputs(DatabaseClient db, JsonMapper jsonMapper) {
        this.db = db;
        this.jsonMapper = jsonMapper;
    }

    /** The annual indicators of the given projects, or of all projects when {@code projectIds} is {@code null}. */
    public Flux<IndicatorInput> indicators(Collection<Long> projectIds) {
        String where = projectIds == null ? "" : "and i.project_id = any(:projectIds::bigint[])";
        // For some projects, only their indicators' measurements are sorted, not every measurement ever recorded.
        String ofProject = projectIds == null ? ""
                : "where indicator_id in (select id from indicator where project_id = any(:projectIds::bigint[]))";
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
        if (projectIds != null) {
            spec = spec.bind("projectIds", projectIds.toArray(Long[]::new));
        }
        return spec.map(row -> new IndicatorInput(row.get("id", Long.class), row.get("project_id", Long.class),
                        row.get("fiscal_year", Integer.class), row.get("level1", String.class),
                        row.get("level2", String.class), row.get("level3", String.class),
                        jsonMapper.readValue(row.get("target", Json.class).asString(), Target.class),
                        row.get("actual", BigDecimal.class),
                        row.get("milestone_state", String.class) == null ? null
                                : MilestoneState.valueOf(row.get("milestone_state", String.class)),
                        row.get("completed_at", LocalDate.class)))
                .all();
    }

    /** The budgets and payments of the given projects, or of all projects when {@code projectIds} is {@code null}. */
    public Flux<BudgetInput> budgets(Collection<Long> projectIds) {
        String where = projectIds == null ? "" : " where p.id = any(:projectIds::bigint[])";
        // For some projects, only their payments are summed, not the whole ledger.
        String ofProjects = projectIds == null ? "" : "where project_id = any(:projectIds::bigint[])";
        var spec = db.sql("""
                select p.id, p.fiscal_year, fa.total as annual_budget, coalesce(paid.amount, 0) as paid
                  from project p
                  left join funding fa on fa.project_id = p.id and fa.scope = 'ANNUAL'
                  left join (select project_id, sum(amount) as amount from payment %s group by project_id) paid
                         on paid.project_id = p.id""".formatted(ofProjects) + where + " order by p.id");
        if (projectIds != null) {
            spec = spec.bind("projectIds", projectIds.toArray(Long[]::new));
        }
        return spec.map(row -> new BudgetInput(row.get("id", Long.class), row.get("fiscal_year", Integer.class),
                        row.get("annual_budget", BigDecimal.class), row.get("paid", BigDecimal.class)))
                .all();
    }
}
