package org.jixiao.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;

import static org.jixiao.system.database.Timestamps.utc;

/**
 * The record of every write. Callers chain {@link #record} into the transaction of the write itself, so a write
 * and its audit entry are stored together or not at all.
 */
@Component
public class AuditLog {

    private static final String FILTER = """
             where (cast(:entity as text) is null or entity = :entity)
               and (cast(:actor as text) is null or actor = :actor or actor like :actorPrefix)
               and (cast(:from as timestamptz) is null or at >= :from)
               and (cast(:to as timestamptz) is null or at < :to)
            """;

    private final DatabaseClient db;
    private final JsonMapper jsonMapper;
    private final Clock clock;

    public AuditLog(DatabaseClient db, JsonMapper jsonMapper, Clock clock) {
        this.db = db;
        this.jsonMapper = jsonMapper;
        this.clock = clock;
    }

    /** Records what {@code actor} (a caller's name, as {@code Caller.actor()} gives it) did to an entity. */
    public Mono<Void> record(String actor, String action, String entity, Object entityId, Object before,
            Object after) {
        return db.sql("""
                insert into audit_event (at, actor, action, entity, entity_id, before, after)
                values (:at, :actor, :action, :entity, :entityId, :before, :after)
                """)
                .bind("at", utc(clock.instant()))
                .bind("actor", actor)
                .bind("action", action)
                .bind("entity", entity)
                .bind("entityId", Parameter.fromOrEmpty(entityId == null ? null : entityId.toString(), String.class))
                .bind("before", json(before))
                .bind("after", json(after))
                .fetch().rowsUpdated().then();
    }

    /** Everything recorded about one entity, oldest first: its history. */
    public Flux<AuditEvent> history(String entity, String entityId) {
        return db.sql("select * from audit_event where entity = :entity and entity_id = :entityId order by at, id")
                .bind("entity", entity)
                .bind("entityId", entityId)
                .map(this::event).all();
    }

    public Mono<AuditPage> find(AuditQuery query) {
        Mono<List<AuditEvent>> items = filtered(db.sql("select * from audit_event" + FILTER
                + " order by at desc, id desc limit :limit offset :offset"), query)
                .bind("limit", query.size())
                .bind("offset", (long) query.page() * query.size())
                .map(this::event).all().collectList();
        Mono<Long> total = filtered(db.sql("select count(*) as total from audit_event" + FILTER), query)
                .map(row -> row.get("total", Long.class)).one();
        return Mono.zip(items, total, (list, count) -> new AuditPage(list, query.page(), query.size(), count));
    }

    private static GenericExecuteSpec filtered(GenericExecuteSpec spec, AuditQuery query) {
        return spec.bind("entity", Parameter.fromOrEmpty(query.entity(), String.class))
                .bind("actor", Parameter.fromOrEmpty(query.actor(), String.class))
                // An actor filter "alice" also finds "alice (token #7 ops-script)".
                .bind("actorPrefix", Parameter.fromOrEmpty(query.actor() == null ? null
                        : query.actor().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + " (%",
                        String.class))
                .bind("from", Parameter.fromOrEmpty(query.from() == null ? null
                        : utc(query.from()), OffsetDateTime.class))
                .bind("to", Parameter.fromOrEmpty(query.to() == null ? null : utc(query.to()),
                        OffsetDateTime.class));
    }

    private Parameter json(Object summary) {
        return Parameter.fromOrEmpty(summary == null ? null : Json.of(jsonMapper.writeValueAsString(summary)),
                Json.class);
    }

    private AuditEvent event(Readable row) {
        return new AuditEvent(row.get("id", Long.class), row.get("at", OffsetDateTime.class).toInstant(),
                row.get("actor", String.class), row.get("action", String.class), row.get("entity", String.class),
                row.get("entity_id", String.class), node(row.get("before", Json.class)),
                node(row.get("after", Json.class)));
    }

    private JsonNode node(Json json) {
        return json == null ? null : jsonMapper.readTree(json.asString());
    }
}
