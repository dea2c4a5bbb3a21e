package org.jixiao.alert.silence;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.jixiao.audit.AuditLog;
import org.jixiao.security.AccessRules;
import org.jixiao.security.Caller;
import org.jixiao.system.error.ForbiddenException;
import org.jixiao.system.error.NotFoundException;
import org.jixiao.system.text.Message;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import static org.jixiao.system.database.Timestamps.instant;
import static org.jixiao.system.database.Timestamps.utc;

/** Silences: created by administrators, or by managers for a department of theirs; ended early by deleting. */
@Service
public class SilenceService {

    private final DatabaseClient db;
    private final JsonMapper json;
    private final AuditLog audit;
    private final TransactionalOperator tx;
    private final Clock clock;

    SilenceService(DatabaseClient db, JsonMapper json, AuditLog audit, TransactionalOperator tx, Clock clock) {
        this.db = db;
        this.json = json;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public Mono<Silence> create(Caller caller, SilenceRequest request) {
        if (!AccessRules.canSilenceAlerts(caller)) {
            return Mono.error(forbidden());
        }
        Instant now = clock.instant();
        return Mono.fromCallable(() -> SilenceRequests.read(request, now))
                .flatMap(checked -> {
                    if (!AccessRules.canSilence(caller, checked.matchers().get("department"))) {
                        return Mono.error(forbidden());
                    }
                    return db.sql("""
                            insert into alert_silence (matchers, starts_at, ends_at, reason, created_by, created_at)
                            values (:matchers::jsonb, :now, :until, :reason, :createdBy, :now) returning *
                            """)
                            .bind("matchers", json.writeValueAsString(checked.matchers()))
                            .bind("now", utc(now))
                            .bind("until", utc(checked.until()))
                            .bind("reason", checked.reason())
                            .bind("createdBy", caller.subject())
                            .map(this::silence)
                            .one()
                            .flatMap(created -> audit.record(caller.actor(), "silence.create", "silence",
                                    created.id(), null, created).thenReturn(created));
                })
                .as(tx::transactional);
    }

    /** Silences still in force: all of them for administrators, one's own for everyone else. */
    public Flux<Silence> active(Caller caller) {
        return db.sql("""
                select * from alert_silence
                 where ends_at > :now and (cast(:createdBy as text) is null or created_by = :createdBy)
                 order by ends_at, id
                """)
                .bind("now", utc(clock.instant()))
                .bind("createdBy", Parameter.fromOrEmpty(
                        AccessRules.canManageEveryones(caller) ? null : caller.subject(), String.class))
                .map(this::silence)
                .all();
    }

    /** Ends a silence now; it stays in the store as history. */
    public Mono<Void> expire(Caller caller, long id) {
        if (!AccessRules.canSilenceAlerts(caller)) {
            return Mono.error(forbidden());
        }
        Instant now = clock.instant();
        return db.sql("select * from alert_silence where id = :id for update").bind("id", id).map(this::silence)
                .one()
                .filter(silence -> AccessRules.canManageOwn(caller, silence.createdBy()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException(Message.of("problem.not-found.silence", id))))
                .flatMap(before -> db.sql("update alert_silence set ends_at = least(ends_at, :now) where id = :id")
                        .bind("id", id).bind("now", utc(now)).fetch().rowsUpdated()
                        .then(audit.record(caller.actor(), "silence.expire", "silence", id, before,
                                Map.of("endsAt", now))))
                .as(tx::transactional);
    }

    private static ForbiddenException forbidden() {
        return new ForbiddenException(Message.of("problem.forbidden.silences", "matchers.department"));
    }

    private Silence silence(Readable row) {
        Map<String, String> matchers = json.readValue(row.get("matchers", Json.class).asString(),
                new TypeReference<Map<String, String>>() { });
        return new Silence(row.get("id", Long.class), matchers, instant(row, "starts_at"), instant(row, "ends_at"),
                row.get("reason", String.class), row.get("created_by", String.class), instant(row, "created_at"));
    }
}
