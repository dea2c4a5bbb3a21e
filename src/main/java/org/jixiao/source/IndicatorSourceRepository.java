package org.jixiao.source;

import java.time.Instant;
import java.time.OffsetDateTime;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import static org.jixiao.system.database.Timestamps.utc;

@Repository
public class IndicatorSourceRepository {

    private final DatabaseClient db;

    public IndicatorSourceRepository(DatabaseClient db) {
        this.db = db;
    }

    public Mono<IndicatorSource> save(long indicatorId, String query, String baseUrl, String boundBy, Instant now) {
        return db.sql("""
                insert into indicator_source (indicator_id, type, query, base_url, bound_by, bound_at)
                values (:id, 'PROMETHEUS', :query, :baseUrl, :boundBy, :now)
                on conflict (indicator_id) do update set query = excluded.query, base_url = excluded.base_url,
                    bound_by = excluded.bound_by, bound_at = excluded.bound_at, last_error = null
                returning *
                """)
                .bind("id", indicatorId).bind("query", query).bind("baseUrl", baseUrl).bind("boundBy", boundBy)
                .bind("now", utc(now))
                .map(IndicatorSourceRepository::source).one();
    }

    public Mono<IndicatorSource> find(long indicatorId) {
        return db.sql("select * from indicator_source where indicator_id = :id").bind("id", indicatorId)
                .map(IndicatorSourceRepository::source).one();
    }

    public Mono<Long> delete(long indicatorId) {
        return db.sql("delete from indicator_source where indicator_id = :id").bind("id", indicatorId)
                .fetch().rowsUpdated();
    }

    /** Every binding with what a pull needs: the target and the project's fiscal year. */
    public Flux<BoundIndicator> findAllBound() {
        return db.sql("""
                select s.*, p.fiscal_year from indicator_source s
                  join indicator i on i.id = s.indicator_id join project p on p.id = i.project_id
                 order by s.indicator_id
                """)
                .map(row -> new BoundIndicator(source(row), row.get("fiscal_year", Integer.class)))
                .all();
    }

    public Mono<Void> recordPull(long indicatorId, Instant at, String error) {
        return db.sql("update indicator_source set last_pulled_at = :at, last_error = :error where indicator_id = :id")
                .bind("id", indicatorId).bind("at", utc(at))
                .bind("error", Parameter.fromOrEmpty(error, String.class))
                .fetch().rowsUpdated().then();
    }

    private static IndicatorSource source(Readable row) {
        OffsetDateTime pulled = row.get("last_pulled_at", OffsetDateTime.class);
        return new IndicatorSource(row.get("indicator_id", Long.class), row.get("type", String.class),
                row.get("query", String.class), row.get("base_url", String.class), row.get("bound_by", String.class),
                row.get("bound_at", OffsetDateTime.class).toInstant(), pulled == null ? null : pulled.toInstant(),
                row.get("last_error", String.class));
    }

    /** A binding and the fiscal year its indicator belongs to. */
    public record BoundIndicator(IndicatorSource source, int fiscalYear) {
    }
}
