package org.jixiao.fuzz;

import java.time.Duration;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * One checksum of everything a fuzzed request could write, cheap enough to take after every write request: the fuzz
 * project's rows in full, counts and highest ids of append-only tables, and the small global tables. Left out is what
 * changes by itself in the background: lights, alerts, deliveries, a milestone's swept state and a token's
 * last use.
 */
final class FuzzStore {

    private FuzzStore() {
    }

    static String checksum(DatabaseClient db, long project) {
        return db.sql("""
                select md5(concat_ws('|',
                    (select count(*) || ':' || coalesce(max(id), 0) from project),
                    (select string_agg(to_jsonb(p)::text, ',') from project p where id = :project),
                    (select string_agg(to_jsonb(f)::text, ',' order by scope) from funding f where project_id = :project),
                    (select count(*) || ':' || coalesce(max(id), 0) from indicator),
                    (select string_agg(to_jsonb(i)::text, ',' order by id) from indicator i where project_id = :project),
                    (select string_agg((to_jsonb(m) - 'state' - 'state_changed_at')::text, ',' order by id)
                       from milestone m where project_id = :project),
                    (select count(*) || ':' || coalesce(max(id), 0) from milestone),
                    (select count(*) || ':' || coalesce(max(id), 0) from measurement),
                    (select count(*) || ':' || coalesce(max(id), 0) from payment),
                    (select string_agg((to_jsonb(s) - 'last_pulled_at' - 'last_error')::text, ',' order by indicator_id)
                       from indicator_source s),
                    (select string_agg(to_jsonb(e)::text, ',' order by fiscal_year) from evaluation e
                      where project_id = :project),
                    (select string_agg(to_jsonb(e)::text, ',' order by fiscal_year, indicator_id)
                       from evaluation_indicator e where project_id = :project),
                    (select count(*) || ':' || coalesce(max(id), 0) from audit_event),
                    (select string_agg((to_jsonb(t) - 'last_used_at')::text, ',' order by id) from api_token t),
                    (select string_agg(to_jsonb(s)::text, ',' order by id) from alert_subscription s),
                    (select string_agg(to_jsonb(s)::text, ',' order by id) from alert_silence s))) as checksum
                """)
                .bind("project", project)
                .map(row -> row.get("checksum", String.class))
                .one()
                .block(Duration.ofSeconds(10));
    }
}
