package org.jixiao.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import static org.jixiao.system.database.Timestamps.instant;
import static org.jixiao.system.database.Timestamps.utc;

@Repository
class AccountRepository {

    private static final String COLUMNS = "id, username, display_name, roles, departments, projects,"
            + " must_change_password, failed_attempts, locked_until, session_version, created_at, updated_at";

    private final DatabaseClient db;

    AccountRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Account> insert(String username, String displayName, String passwordHash, Set<Role> roles,
            Set<String> departments, Set<Long> projects, boolean mustChangePassword, Instant now) {
        return db.sql("""
                insert into account (username, display_name, password_hash, roles, departments, projects,
                    must_change_password, created_at, updated_at)
                values (:username, :displayName, :hash, :roles, :departments, :projects, :mustChange, :now, :now)
                returning\s""" + COLUMNS)
                .bind("username", username)
                .bind("displayName", displayName)
                .bind("hash", passwordHash)
                .bind("roles", roles.stream().map(Enum::name).sorted().toArray(String[]::new))
                .bind("departments", departments.stream().sorted().toArray(String[]::new))
                .bind("projects", projects.stream().sorted().toArray(Long[]::new))
                .bind("mustChange", mustChangePassword)
                .bind("now", utc(now))
                .map(AccountRepository::account)
                .one();
    }

    Mono<Account> findById(long id) {
        return db.sql("select " + COLUMNS + " from account where id = :id").bind("id", id)
                .map(AccountRepository::account).one();
    }

    Mono<Account> findByUsername(String username) {
        return db.sql("select " + COLUMNS + " from account where username = :username").bind("username", username)
                .map(AccountRepository::account).one();
    }

    Mono<String> passwordHash(long id) {
        return db.sql("select password_hash from account where id = :id").bind("id", id)
                .map(row -> row.get("password_hash", String.class)).one();
    }

    /** A good password: the failure count starts again. */
    Mono<Void> clearFailures(long id, Instant now) {
        return db.sql("update account set failed_attempts = 0, locked_until = null, updated_at = :now"
                        + " where id = :id and (failed_attempts <> 0 or locked_until is not null)")
                .bind("id", id).bind("now", utc(now)).fetch().rowsUpdated().then();
    }

    /**
     * Counts a failed login in one statement, so that concurrent attempts on several replicas all count; the one
     * that reaches {@code maxFailures} locks the account until {@code lockedUntil}. Returns whether it did.
     */
    Mono<Boolean> countFailure(long id, int maxFailures, Instant now, Instant lockedUntil) {
        return db.sql("""
                update account
                   set failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end,
                       locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end,
                       updated_at = :now
                 where id = :id
                returning coalesce(locked_until > :now, false) as locked""")
                .bind("id", id).bind("max", maxFailures).bind("now", utc(now)).bind("until", utc(lockedUntil))
                .map(row -> row.get("locked", Boolean.class)).one();
    }

    /** A new password ends every session of the account (the caller's own is issued again). */
    Mono<Account> changePassword(long id, String passwordHash, Instant now) {
        return db.sql("update account set password_hash = :hash, must_change_password = false,"
                        + " session_version = session_version + 1, updated_at = :now where id = :id returning "
                        + COLUMNS)
                .bind("id", id).bind("hash", passwordHash).bind("now", utc(now))
                .map(AccountRepository::account).one();
    }

    Mono<Void> endSessions(long id, Instant now) {
        return db.sql("update account set session_version = session_version + 1, updated_at = :now where id = :id")
                .bind("id", id).bind("now", utc(now)).fetch().rowsUpdated().then();
    }

    /** Serialises the creation of the first administrator across replicas for the rest of the transaction. */
    Mono<Void> lockBootstrap() {
        return db.sql("select pg_advisory_xact_lock(hashtext('jixiao.bootstrap-account'))").fetch().rowsUpdated()
                .then();
    }

    private static Account account(Readable row) {
        return new Account(
                row.get("id", Long.class),
                row.get("username", String.class),
                row.get("display_name", String.class),
                Arrays.stream(row.get("roles", String[].class)).map(Role::valueOf).collect(Collectors.toSet()),
                Set.of(row.get("departments", String[].class)),
                Set.of(row.get("projects", Long[].class)),
                row.get("must_change_password", Boolean.class),
                row.get("failed_attempts", Integer.class),
                instant(row, "locked_until"),
                row.get("session_version", Integer.class),
                instant(row, "created_at"),
                instant(row, "updated_at"));
    }
}
