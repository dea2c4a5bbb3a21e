package org.jixiao.support;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * What is stored, summed up: the row counts and a checksum over every project and indicator row, so a test can
 * show that a refused request changed nothing at all.
 */
public record StoreSnapshot(long projects, long indicators, long fundingRows, String checksum) {

    public static StoreSnapshot of(DatabaseClient db) {
        return db.sql("""
                select (select count(*) from project) as projects,
                       (select count(*) from indicator) as indicators,
                       (select count(*) from funding) as funding_rows,
                       md5(coalesce((select string_agg(p::text, '|' order by p.id) from project p), '')
                           || coalesce((select string_agg(i::text, '|' order by i.id) from indicator i), '')
                           || coalesce((select string_agg(f::text, '|' order by f.project_id, f.scope)
                                          from funding f), '')) as checksum
                """)
                .map(row -> new StoreSnapshot(row.get("projects", Long.class), row.get("indicators", Long.class),
                        row.get("funding_rows", Long.class), row.get("checksum", String.class)))
                .one()
                .block(java.time.Duration.ofSeconds(10));
    }
}
