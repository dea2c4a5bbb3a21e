package org.jixiao.support;

import java.time.Duration;
import java.util.Map;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * A checksum of every row of every table the service owns, so a test can show that a request wrote nothing at all.
 * Left out: Quartz's tables (the scheduler checks in by itself) and a token's {@code last_used_at} (bookkeeping of
 * authentication, not of the request).
 */
public final class TableChecksums {

    private TableChecksums() {
    }

    public static Map<String, String> of(DatabaseClient db) {
        return db.sql("""
                select table_name::text as name,
                       md5(query_to_xml(format('select to_jsonb(t) - ''last_used_at'' as r from %I t order by 1::text',
                                               table_name), false, false, '')::text) as checksum
                  from information_schema.tables
                 where table_schema = current_schema() and table_type = 'BASE TABLE'
                   and table_name not like 'qrtz%'
                """)
                .map(row -> Map.entry(row.get("name", String.class), row.get("checksum", String.class)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .block(Duration.ofSeconds(30));
    }
}
