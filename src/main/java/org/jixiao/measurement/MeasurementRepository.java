package org.jixiao.measurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import io.r2dbc.spi.Readable;
import org.jixiao.system.Decimals;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import static org.jixiao.system.database.Timestamps.utc;

/** Measurements; a bulk upload is one statement whatever its number of rows. */
@Repository
public class MeasurementRepository {

    private final DatabaseClient db;

    public MeasurementRepository(DatabaseClient db) {
        this.db = db;
    }

    public Flux<Measurement> insertAll(List<NewMeasurement> rows, String recordedBy, Instant now) {
        if (rows.isEmpty()) {
            return Flux.empty();
        }
        return db.sql("""
                insert into measurement (indicator_id, value, unit, entered_text, observed_at, note, evidence_url,
                    source, recorded_by, recorded_at)
                select u.indicator_id, u.value, u.unit, u.entered_text, u.observed_at, u.note, u.evidence_url,
                       u.source, :recordedBy, :now
                  from unnest(:indicatorIds::bigint[], :values::numeric[], :units::text[], :texts::text[],
                              :observedAts::timestamptz[], :notes::text[], :evidenceUrls::text[], :sources::text[])
                       as u(indicator_id, value, unit, entered_text, observed_at, note, evidence_url, source)
                returning *
                """)
                .bind("indicatorIds", rows.stream().map(NewMeasurement::indicatorId).toArray(Long[]::new))
                .bind("values", rows.stream().map(NewMeasurement::value).toArray(BigDecimal[]::new))
                .bind("units", rows.stream().map(NewMeasurement::unit).toArray(String[]::new))
                .bind("texts", rows.stream().map(NewMeasurement::enteredText).toArray(String[]::new))
                .bind("observedAts", rows.stream().map(row -> utc(row.observedAt()))
                        .toArray(OffsetDateTime[]::new))
                .bind("notes", rows.stream().map(NewMeasurement::note).toArray(String[]::new))
                .bind("evidenceUrls", rows.stream().map(NewMeasurement::evidenceUrl).toArray(String[]::new))
                .bind("sources", rows.stream().map(row -> row.source().name()).toArray(String[]::new))
                .bind("recordedBy", recordedBy)
                .bind("now", utc(now))
                .map(MeasurementRepository::measurement)
                .all();
    }

    public Flux<Measurement> findByIndicator(long indicatorId) {
        return db.sql("select * from measurement where indicator_id = :id order by observed_at desc, id desc")
                .bind("id", indicatorId)
                .map(MeasurementRepository::measurement)
                .all();
    }

    public Mono<Long> count() {
        return db.sql("select count(*) as total from measurement").map(row -> row.get("total", Long.class)).one();
    }

    private static Measurement measurement(Readable row) {
        return new Measurement(row.get("id", Long.class), row.get("indicator_id", Long.class),
                Decimals.plain(row.get("value", BigDecimal.class)), row.get("unit", String.class),
                row.get("entered_text", String.class), row.get("observed_at", OffsetDateTime.class).toInstant(),
                row.get("note", String.class), row.get("evidence_url", String.class),
                MeasurementSource.valueOf(row.get("source", String.class)), row.get("recorded_by", String.class),
                row.get("recorded_at", OffsetDateTime.class).toInstant());
    }
}
