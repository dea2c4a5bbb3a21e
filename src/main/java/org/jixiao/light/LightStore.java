package org.jixiao.light;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import static org.jixiao.system.database.Timestamps.utc;

/** Stored lights, for metrics and alerts; a row is written only when its light, reason or actual changes. */
@Repository
class LightStore {

    private final DatabaseClient db;

    LightStore(DatabaseClient db) {
        this.db = db;
    }

    Mono<Long> save(List<ProjectStatus> statuses, Instant now) {
        if (statuses.isEmpty()) {
            return Mono.just(0L);
        }
        List<ProjectStatus.IndicatorStatus> indicators = statuses.stream()
                .flatMap(status -> status.indicators().stream()).toList();
        Mono<Long> projects = db.sql("""
                insert into project_status (project_id, light, reason, budget_light, budget_execution, time_progress,
                    paid, evaluated_at)
                select * , :now from unnest(:ids::bigint[], :lights::text[], :reasons::text[], :budgetLights::text[],
                    :executions::numeric[], :progress::numeric[], :paid::numeric[])
                on conflict (project_id) do update set light = excluded.light, reason = excluded.reason,
                    budget_light = excluded.budget_light, budget_execution = excluded.budget_execution,
                    time_progress = excluded.time_progress, paid = excluded.paid, evaluated_at = excluded.evaluated_at
                 where (project_status.light, project_status.reason, project_status.budget_light,
                        project_status.budget_execution, project_status.time_progress, project_status.paid)
                       is distinct from (excluded.light, excluded.reason, excluded.budget_light,
                        excluded.budget_execution, excluded.time_progress, excluded.paid)
                """)
                .bind("ids", statuses.stream().map(ProjectStatus::projectId).toArray(Long[]::new))
                .bind("lights", statuses.stream().map(status -> status.light().name()).toArray(String[]::new))
                .bind("reasons", statuses.stream().map(ProjectStatus::reason).toArray(String[]::new))
                .bind("budgetLights", statuses.stream().map(status -> status.budgetLight().name())
                        .toArray(String[]::new))
                .bind("executions", statuses.stream().map(ProjectStatus::budgetExecution)
                        .toArray(BigDecimal[]::new))
                .bind("progress", statuses.stream().map(ProjectStatus::timeProgress).toArray(BigDecimal[]::new))
                .bind("paid", statuses.stream().map(ProjectStatus::paid).toArray(BigDecimal[]::new))
                .bind("now", utc(now))
                .fetch().rowsUpdated();
        Mono<Long> perIndicator = indicators.isEmpty() ? Mono.just(0L) : db.sql("""
                insert into indicator_status (indicator_id, light, reason, actual, evaluated_at)
                select *, :now from unnest(:ids::bigint[], :lights::text[], :reasons::text[], :actuals::numeric[])
                on conflict (indicator_id) do update set light = excluded.light, reason = excluded.reason,
                    actual = excluded.actual, evaluated_at = excluded.evaluated_at
                 where (indicator_status.light, indicator_status.reason, indicator_status.actual)
                       is distinct from (excluded.light, excluded.reason, excluded.actual)
                """)
                .bind("ids", indicators.stream().map(ProjectStatus.IndicatorStatus::indicatorId).toArray(Long[]::new))
                .bind("lights", indicators.stream().map(status -> status.light().name()).toArray(String[]::new))
                .bind("reasons", indicators.stream().map(ProjectStatus.IndicatorStatus::reason).toArray(String[]::new))
                .bind("actuals", indicators.stream().map(ProjectStatus.IndicatorStatus::actual)
                        .toArray(BigDecimal[]::new))
                .bind("now", utc(now))
                .fetch().rowsUpdated();
        return projects.zipWith(perIndicator, Long::sum);
    }
}
