package org.jixiao.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.jixiao.indicator.grammar.Target;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Indicators in PostgreSQL. Writes are set-based: a whole sheet's indicators go in one statement fed by arrays,
 * whatever their number.
 */
@Repository
public class IndicatorRepository {

    private static final String COLUMNS =
            "i.id, i.project_id, i.scope, i.position, i.level1, i.level2, i.level3, i.target, i.original_target_text";

    private final DatabaseClient db;
    private final JsonMapper jsonMapper;

    public IndicatorRepository(DatabaseClient db, JsonMapper jsonMapper) {
        this.db = db;
        this.jsonMapper = jsonMapper;
    }

    public Mono<Void> insertAll(long projectId, List<Indicator> indicators, String parsedWith) {
        if (indicators.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("""
                insert into indicator (project_id, scope, position, level1, level2, level3, target_text,
                    original_target_text, target, parsed_with)
                select :projectId, u.scope, u.position, u.level1, u.level2, u.level3, u.target_text,
                       u.original_target_text, u.target::jsonb, :parsedWith
                  from unnest(:scopes::text[], :positions::integer[], :level1s::text[], :level2s::text[],
                              :level3s::text[], :targetTexts::text[], :originals::text[], :targets::text[])
                       as u(scope, position, level1, level2, level3, target_text, original_target_text, target)
                """)
                .bind("projectId", projectId)
                .bind("parsedWith", parsedWith)
                .bindValues(columnArrays(indicators))
                .fetch().rowsUpdated().then();
    }

    /** Rewrites stored indicators in place (same ids), e.g. after a target adjustment. */
    public Mono<Void> updateAll(List<Indicator> indicators, String parsedWith) {
        if (indicators.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("""
                update indicator i
                   set scope = u.scope, position = u.position, level1 = u.level1, level2 = u.level2,
                       level3 = u.level3, target_text = u.target_text, original_target_text = u.original_target_text,
                       target = u.target::jsonb, parsed_with = :parsedWith
                  from unnest(:ids::bigint[], :scopes::text[], :positions::integer[], :level1s::text[],
                              :level2s::text[], :level3s::text[], :targetTexts::text[], :originals::text[],
                              :targets::text[])
                       as u(id, scope, position, level1, level2, level3, target_text, original_target_text, target)
                 where i.id = u.id
                """)
                .bind("parsedWith", parsedWith)
                .bind("ids", indicators.stream().map(Indicator::id).toArray(Long[]::new))
                .bindValues(columnArrays(indicators))
                .fetch().rowsUpdated().then();
    }

    public Mono<Void> deleteAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("delete from indicator where id = any(:ids::bigint[])")
                .bind("ids", ids.toArray(Long[]::new))
                .fetch().rowsUpdated().then();
    }

    public Flux<Indicator> findByProject(long projectId, Collection<IndicatorScope> scopes) {
        return db.sql("select " + COLUMNS + " from indicator i"
                + " where i.project_id = :projectId and i.scope = any(:scopes::text[])"
                + " order by case i.scope when 'ANNUAL' then 0 else 1 end, i.position")
                .bind("projectId", projectId)
                .bind("scopes", scopes.stream().map(Enum::name).toArray(String[]::new))
                .map(this::indicator)
                .all();
    }

    public Mono<Indicator> findById(long id) {
        return db.sql("select " + COLUMNS + " from indicator i where i.id = :id").bind("id", id)
                .map(this::indicator).one();
    }

    /** Annual indicators by id, or by project and level-3 name, for resolving many rows in one statement. */
    public Flux<Indicator> findAnnual(Collection<Long> ids, Collection<Long> projectIds) {
        return db.sql("select " + COLUMNS + " from indicator i where i.scope = 'ANNUAL'"
                + " and (i.id = any(:ids::bigint[]) or i.project_id = any(:projectIds::bigint[]))")
                .bind("ids", ids.toArray(Long[]::new))
                .bind("projectIds", projectIds.toArray(Long[]::new))
                .map(this::indicator)
                .all();
    }

    /**
     * Indicators whose stored reading was made by another grammar version or policy, with their fiscal year and
     * levels.
     */
    public Flux<StaleTarget> findParsedOtherwise(String parsedWith) {
        return db.sql("""
                select i.id, i.target_text, p.fiscal_year, i.level2, i.level3
                  from indicator i join project p on p.id = i.project_id
                 where i.parsed_with <> :parsedWith
                """)
                .bind("parsedWith", parsedWith)
                .map(row -> new StaleTarget(row.get("id", Long.class), row.get("target_text", String.class),
                        row.get("fiscal_year", Integer.class), row.get("level2", String.class),
                        row.get("level3", String.class)))
                .all();
    }

    public Mono<Long> updateTargets(List<Long> ids, List<Target> targets, String parsedWith) {
        if (ids.isEmpty()) {
            return Mono.just(0L);
        }
        return db.sql("""
                update indicator i set target = u.target::jsonb, parsed_with = :parsedWith
                  from unnest(:ids::bigint[], :targets::text[]) as u(id, target)
                 where i.id = u.id
                """)
                .bind("parsedWith", parsedWith)
                .bind("ids", ids.toArray(Long[]::new))
                .bind("targets", targets.stream().map(this::json).toArray(String[]::new))
                .fetch().rowsUpdated();
    }

    /** The indicators column by column, as the arrays that the set-based statements unnest. */
    private Map<String, Object> columnArrays(List<Indicator> indicators) {
        return Map.of(
                "scopes", indicators.stream().map(i -> i.scope().name()).toArray(String[]::new),
                "positions", indicators.stream().map(Indicator::position).toArray(Integer[]::new),
                "level1s", indicators.stream().map(Indicator::level1).toArray(String[]::new),
                "level2s", indicators.stream().map(Indicator::level2).toArray(String[]::new),
                "level3s", indicators.stream().map(Indicator::level3).toArray(String[]::new),
                "targetTexts", indicators.stream().map(i -> i.target().text()).toArray(String[]::new),
                "originals", indicators.stream().map(Indicator::originalTargetText).toArray(String[]::new),
                "targets", indicators.stream().map(i -> json(i.target())).toArray(String[]::new));
    }

    private Indicator indicator(Readable row) {
        return new Indicator(
                row.get("id", Long.class),
                row.get("project_id", Long.class),
                IndicatorScope.valueOf(row.get("scope", String.class)),
                row.get("position", Integer.class),
                row.get("level1", String.class),
                row.get("level2", String.class),
                row.get("level3", String.class),
                jsonMapper.readValue(row.get("target", Json.class).asString(), Target.class),
                row.get("original_target_text", String.class));
    }

    private String json(Target target) {
        return jsonMapper.writeValueAsString(target);
    }

    /** A stored target to read again, with the levels that decide whether it counts costs. */
    public record StaleTarget(long id, String text, int fiscalYear, String level2, String level3) {
    }
}
