package org.jixiao.system.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import io.r2dbc.spi.ConnectionFactoryOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL cluster in a local data directory, started with the service and stopped with it.
 *
 * <p>When the process runs as root, zonky runs initdb and pg_ctl inside a user namespace, so this works on
 * machines where everything runs as root. Its JVM shutdown hook is off: the Spring context stops the server
 * after the pools and the scheduler that use it.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String ZONKY_LOCK_FILE = "epg-lock";
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final String databaseName;
    private final boolean ephemeral;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, String databaseName,
            boolean ephemeral) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.databaseName = databaseName;
        this.ephemeral = ephemeral;
    }

    public static EmbeddedPostgresServer start(EmbeddedDatabaseProperties properties) {
        try {
            Path directory = properties.ephemeral()
                    ? Files.createTempDirectory("jixiao-postgres-")
                    : properties.dataDirectory().toAbsolutePath().normalize();
            Files.createDirectories(directory);
            stopOrphanedPostmaster(directory);
            log.info("Starting embedded PostgreSQL in {}", directory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(properties.port())
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // zonky turns durability off for test speed (-F, synchronous_commit=off); later -c options win, and a
                    // committed write must survive a crash here as on any server.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, directory,
                    properties.databaseName(), properties.ephemeral());
            server.createDatabaseIfMissing();
            log.info("Embedded PostgreSQL listening on 127.0.0.1:{}", postgres.getPort());
            return server;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in "
                    + properties.dataDirectory().toAbsolutePath() + ": " + ex.getMessage(), ex);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public String databaseName() {
        return databaseName;
    }

    public String username() {
        return "postgres";
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + databaseName;
    }

    /** How R2DBC reaches this server. */
    public ConnectionFactoryOptions r2dbcOptions() {
        return ConnectionFactoryOptions.builder()
                .option(ConnectionFactoryOptions.DRIVER, "postgresql")
                .option(ConnectionFactoryOptions.HOST, "127.0.0.1")
                .option(ConnectionFactoryOptions.PORT, port())
                .option(ConnectionFactoryOptions.DATABASE, databaseName)
                .option(ConnectionFactoryOptions.USER, username())
                .build();
    }

    @Override
    public void close() throws IOException {
        log.info("Stopping embedded PostgreSQL");
        postgres.close();
        if (ephemeral) {
            deleteRecursively(dataDirectory);
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, databaseName);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database \"" + databaseName.replace("\"", "\"\"") + "\" encoding 'UTF8'");
            }
            log.info("Created database {}", databaseName);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not create database " + databaseName + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * A JVM killed with -9 leaves its postmaster running and the data directory unusable. Zonky's lock file tells
     * whether a live JVM still owns the directory: if nobody holds it, a postmaster named in postmaster.pid is an
     * orphan and is stopped before the new start.
     */
    private static void stopOrphanedPostmaster(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory.resolve(ZONKY_LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = tryLock(channel, directory)) {
            if (lock == null) {
                throw new EmbeddedDatabaseInUseException(directory);
            }
            Optional<ProcessHandle> orphan = readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
            if (orphan.isPresent()) {
                log.warn("Stopping orphaned PostgreSQL (pid {}) left in {} by an earlier run", orphan.get().pid(),
                        directory);
                orphan.get().destroy();
                orphan.get().onExit().get(ORPHAN_STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            Files.deleteIfExists(pidFile);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping an orphaned PostgreSQL", ex);
        }
        catch (ExecutionException | TimeoutException ex) {
            throw new IllegalStateException("An orphaned PostgreSQL in " + directory + " did not stop within "
                    + ORPHAN_STOP_TIMEOUT.toSeconds() + " s; stop it by hand", ex);
        }
    }

    /** Null when another process holds the lock; a lock held inside this JVM counts as in use as well. */
    private static FileLock tryLock(FileChannel channel, Path directory) throws IOException {
        try {
            return channel.tryLock();
        }
        catch (OverlappingFileLockException ex) {
            throw new EmbeddedDatabaseInUseException(directory);
        }
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        try (Stream<String> lines = Files.lines(pidFile)) {
            return lines.findFirst().map(String::trim).filter(line -> line.matches("\\d+")).map(Long::valueOf);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
