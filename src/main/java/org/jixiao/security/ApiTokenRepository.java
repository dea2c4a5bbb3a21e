package org.jixiao.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import static org.jixiao.system.database.Timestamps.instant;
import static org.jixiao.system.database.Timestamps.utc;

@Repository
public class ApiTokenRepository {

    private static final String COLUMNS = "id, name, token_prefix, roles, departments, projects, subject, created_by,"
            + " created_at, expires_at, last_used_at, revoked_at";

    private final DatabaseClient db;

    public ApiTokenRepository(DatabaseClient db) {
        this.db = db;
    }

    public Mono<ApiToken> insert(String name, String secret, Set<Role> roles, Set<String> departments,
            Set<Long> projects, String subject, String createdBy, Instant createdAt, Instant expiresAt) {
        return db.sql("""
                insert into api_token (name, token_hash, token_prefix, roles, departments, projects, subject,
                    created_by, created_at, expires_at)
                values (:name, :hash, :prefix, :roles, :departments, :projects, :subject, :createdBy, :createdAt,
                    :expiresAt)
                returning\s""" + COLUMNS)
                .bind("name", name)
                .bind("hash", TokenSecrets.hash(secret))
                .bind("prefix", TokenSecrets.shownPrefix(secret))
                .bind("roles", roles.stream().map(Enum::name).sorted().toArray(String[]::new))
                .bind("departments", departments.stream().sorted().toArray(String[]::new))
                .bind("projects", projects.stream().sorted().toArray(Long[]::new))
                .bind("subject", Parameter.fromOrEmpty(subject, String.class))
                .bind("createdBy", createdBy)
                .bind("createdAt", utc(createdAt))
                .bind("expiresAt", Parameter.fromOrEmpty(expiresAt == null ? null : utc(expiresAt),
                        OffsetDateTime.class))
                .map(ApiTokenRepository::token)
                .one();
    }

    public Mono<ApiToken> findBySecret(String secret) {
        return db.sql("select " + COLUMNS + " from api_token where token_hash = :hash")
                .bind("hash", TokenSecrets.hash(secret))
                .map(ApiTokenRepository::token)
                .one();
    }

    public Mono<ApiToken> findById(long id) {
        return db.sql("select " + COLUMNS + " from api_token where id = :id").bind("id", id)
                .map(ApiTokenRepository::token).one();
    }

    /** All tokens, or those one subject created; newest first. */
    public Flux<ApiToken> findAll(String createdBy) {
        return db.sql("select " + COLUMNS + " from api_token"
                + " where cast(:createdBy as text) is null or created_by = :createdBy order by id desc")
                .bind("createdBy", Parameter.fromOrEmpty(createdBy, String.class))
                .map(ApiTokenRepository::token)
                .all();
    }

    public Mono<Boolean> anyExists() {
        return db.sql("select exists (select 1 from api_token) as present")
                .map(row -> row.get("present", Boolean.class)).one();
    }

    /** Serialises bootstrap-token creation across replicas for the rest of the transaction. */
    public Mono<Void> lockBootstrap() {
        return db.sql("select pg_advisory_xact_lock(hashtext('jixiao.bootstrap-token'))").fetch().rowsUpdated()
                .then();
    }

    public Mono<Void> revoke(long id, Instant at) {
        return db.sql("update api_token set revoked_at = :at where id = :id and revoked_at is null")
                .bind("id", id).bind("at", utc(at)).fetch().rowsUpdated().then();
    }

    public Mono<Void> markUsed(long id, Instant at) {
        return db.sql("update api_token set last_used_at = :at where id = :id").bind("id", id).bind("at", utc(at))
                .fetch().rowsUpdated().then();
    }

    private static ApiToken token(Readable row) {
        return new ApiToken(
                row.get("id", Long.class),
                row.get("name", String.class),
                row.get("token_prefix", String.class),
                Arrays.stream(row.get("roles", String[].class)).map(Role::valueOf).collect(Collectors.toSet()),
                Set.of(row.get("departments", String[].class)),
                Set.of(row.get("projects", Long[].class)),
                row.get("subject", String.class),
                row.get("created_by", String.class),
                instant(row, "created_at"),
                instant(row, "expires_at"),
                instant(row, "last_used_at"),
                instant(row, "revoked_at"));
    }
}
