package org.jixiao.light;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jixiao.system.text.Message;
import org.jixiao.system.text.Messages;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import static org.jixiao.system.database.Timestamps.utc;

/**
 * Stored lights, for metrics and alerts; a row is written only when its light, reason or actual changes. A reason is
 * stored as its message ({@code reason_message}: key and arguments, which alerts render in each subscriber's
 * language) and, for people reading the tables, as text in the default language ({@code reason}).
 */
@Repository
class LightStore {

    private final DatabaseClient db;
    private final JsonMapper json;

    LightStore(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    Mono<Long> save(List<ProjectStatus> statuses, Instant now) {
        if (statuses.isEmpty()) {
            return Mono.just(0L);
        }
        List<ProjectStatus.IndicatorStatus> indicators = statuses.stream()
                .flatMap(status -> status.indicators().stream()).toList();
        Mono<Long> projects = db.sql("""
                insert into project_status (project_id, light, reason, reason_message, budget_light, budget_execution,
                    time_progress, paid, evaluated_at)
                select id, light, reason, message::jsonb, budget_light, execution, progress, paid, :now
                  from unnest(:ids::bigint[], :lights::text[], :reasons::text[], :messages::text[],
                       :budgetLights::text[], :executions::numeric[], :progress::numeric[], :paid::numeric[])
                       as s(id, light, reason, message, budget_light, execution, progress, paid)
                on conflict (project_id) do update set light = excluded.light, reason = excluded.reason,
                    reason_message = excluded.reason_message, budget_light = excluded.budget_light,
                    budget_execution = excluded.budget_execution, time_progress = excluded.time_progress,
                    paid = excluded.paid, evaluated_at = excluded.evaluated_at
                 where (project_status.light, project_status.reason, project_status.reason_message,
                        project_status.budget_light, project_status.budget_execution, project_status.time_progress,
                        project_status.paid)
                       is distinct from (excluded.light, excluded.reason, excluded.reason_message,
                        excluded.budget_light, excluded.budget_execution, excluded.time_progress, excluded.paid)
                """)
                .bind("ids", statuses.stream().map(ProjectStatus::projectId).toArray(Long[]::new))
                .bind("lights", statuses.stream().map(status -> status.light().name()).toArray(String[]::new))
                .bind("reasons", statuses.stream().map(status -> text(status.reason())).toArray(String[]::new))
                .bind("messages", statuses.stream().map(status -> json.writeValueAsString(status.reason()))
                        .toArray(String[]::new))
                .bind("budgetLights", statuses.stream().map(status -> status.budgetLight().name())
                        .toArray(String[]::new))
                .bind("executions", statuses.stream().map(ProjectStatus::budgetExecution)
                        .toArray(BigDecimal[]::new))
                .bind("progress", statuses.stream().map(ProjectStatus::timeProgress).toArray(BigDecimal[]::new))
                .bind("paid", statuses.stream().map(ProjectStatus::paid).toArray(BigDecimal[]::new))
                .bind("now", utc(now))
                .fetch().rowsUpdated();
        Mono<Long> perIndicator = indicators.isEmpty() ? Mono.just(0L) : db.sql("""
                insert into indicator_status (indicator_id, light, reason, reason_message, actual, evaluated_at)
                select id, light, reason, message::jsonb, actual, :now
                  from unnest(:ids::bigint[], :lights::text[], :reasons::text[], :messages::text[],
                       :actuals::numeric[]) as s(id, light, reason, message, actual)
                on conflict (indicator_id) do update set light = excluded.light, reason = excluded.reason,
                    reason_message = excluded.reason_message, actual = excluded.actual,
                    evaluated_at = excluded.evaluated_at
                 where (indicator_status.light, indicator_status.reason, indicator_status.reason_message,
                        indicator_status.actual)
                       is distinct from (excluded.light, excluded.reason, excluded.reason_message, excluded.actual)
                """)
                .bind("ids", indicators.stream().map(ProjectStatus.IndicatorStatus::indicatorId).toArray(Long[]::new))
                .bind("lights", indicators.stream().map(status -> status.light().name()).toArray(String[]::new))
                .bind("reasons", indicators.stream().map(status -> text(status.reason())).toArray(String[]::new))
                .bind("messages", indicators.stream().map(status -> json.writeValueAsString(status.reason()))
                        .toArray(String[]::new))
                .bind("actuals", indicators.stream().map(ProjectStatus.IndicatorStatus::actual)
                        .toArray(BigDecimal[]::new))
                .bind("now", utc(now))
                .fetch().rowsUpdated();
        return projects.zipWith(perIndicator, Long::sum);
    }

    /** The reason in the default language, as the {@code reason} column keeps it. */
    private static String text(Message reason) {
        return Messages.render(reason, Messages.CHINESE);
    }
}
