package org.jixiao.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactories;
import org.flywaydb.core.Flyway;
import org.jixiao.system.database.EmbeddedDatabaseProperties;
import org.jixiao.system.database.EmbeddedPostgresServer;

import org.springframework.r2dbc.core.DatabaseClient;

import static org.jixiao.system.database.Timestamps.utc;

/**
 * For repository slice tests ({@code ...R2dbcTests}): one embedded PostgreSQL per test JVM, in a throw-away
 * directory, migrated by Flyway as the service would migrate it, reached through R2DBC as the repositories reach it.
 * No Spring context is started, so a slice test costs a few statements rather than a whole service.
 *
 * <p>Test classes share the database and are not cleaned up after: each one inserts its own projects (see
 * {@link #insertProject}) and asks only about them.
 */
public final class MigratedDatabase {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static DatabaseClient client;

    private MigratedDatabase() {
    }

    /** The database, started and migrated on first use; closed when the JVM exits. */
    public static synchronized DatabaseClient client() {
        if (client == null) {
            client = start();
        }
        return client;
    }

    /** A bare project of fiscal year 2025 under a name of its own, for fixtures; answers its id. */
    public static long insertProject(String name) {
        Instant now = Instant.parse("2025-01-02T00:00:00Z");
        return client().sql("""
                insert into project (fiscal_year, department_code, department_name, name, created_at, updated_at)
                values (2025, '102', '晋城市数据局', :name, :now, :now) returning id
                """)
                .bind("name", name)
                .bind("now", utc(now))
                .map(row -> row.get("id", Long.class))
                .one()
                .block(TIMEOUT);
    }

    /** Applies the service's Flyway migrations, as the service does at start. */
    public static void migrate(EmbeddedPostgresServer server) {
        Flyway.configure().dataSource(server.jdbcUrl(), server.username(), null)
                .locations("classpath:db/migration").load().migrate();
    }

    private static DatabaseClient start() {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(
                // Ephemeral: a fresh temporary directory, deleted when the server is closed.
                new EmbeddedDatabaseProperties(Path.of("target", "slice-postgres"), 0, "jixiao", true));
        migrate(server);
        ConnectionPool pool = new ConnectionPool(ConnectionPoolConfiguration
                .builder(ConnectionFactories.get(server.r2dbcOptions())).maxSize(4).build());
        // The server's own hook is off (the service closes it from its context); here nothing else will.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            pool.dispose();
            try {
                server.close();
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }, "migrated-database-shutdown"));
        return DatabaseClient.create(pool);
    }
}
