package org.jixiao.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import ch.qos.logback.classic.Level;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactories;
import org.jixiao.light.LightInputs;
import org.jixiao.milestone.MilestoneRepository;
import org.jixiao.support.MigratedDatabase;
import org.jixiao.system.database.EmbeddedDatabaseProperties;
import org.jixiao.system.database.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * How much the milestone sweep costs over the bare statement that finds the same transitions, on a year's worth of
 * data: 100,000 projects, 1,000,000 annual indicators, 300,000 milestones in a throw-away embedded PostgreSQL.
 *
 * <p>Both sides go through the real {@link MilestoneRepository} over R2DBC: the bare side is
 * {@code countPendingMoves} (a SELECT), the sweep side is {@code sweep(null, ...)} (one UPDATE ... RETURNING that
 * writes only the rows whose state changes). Before every sweep the states are restored from a saved copy in one
 * statement, vacuumed and checkpointed, so every repetition does the same work from the same starting point (and,
 * like the daily job, pays the full-page images of the first write after a checkpoint).
 *
 * <p>Not a test ({@code ./mvnw verify} never runs it). Run it with
 * {@code ./mvnw -q spring-boot:test-run -Dspring-boot.run.main-class=org.jixiao.benchmark.MilestoneSweepBenchmark
 * -Dspring-boot.test-run.optimizedLaunch=false}, see docs/performance.md. Options, passed with
 * {@code -Dspring-boot.run.arguments="..."}: {@code --projects=N} (default 100000) and {@code --repetitions=N}
 * (default 5) for quick runs; {@code --milestone-fillfactor=N} and {@code --server-setting=name=value} for
 * experiments that leave the schema and the service's server settings alone.
 */
public final class MilestoneSweepBenchmark {

    /** The due-soon window of the default rules (the largest of {@code jixiao.rules.reminder-days}). */
    private static final int DUE_SOON_DAYS = 30;
    private static final int WARM_UPS = 2;
    private static final String SNAPSHOT_TABLE = "benchmark_milestone_before";

    /** The day the loaded states are true for: the last sweep ran on it. */
    private static final LocalDate LOADED_AS_OF = LocalDate.of(2025, 6, 9);

    private final Connection jdbc;
    private final MilestoneRepository milestones;
    private final DatabaseClient db;
    private final int repetitions;

    private MilestoneSweepBenchmark(Connection jdbc, DatabaseClient db, int repetitions) {
        this.jdbc = jdbc;
        this.db = db;
        this.milestones = new MilestoneRepository(db);
        this.repetitions = repetitions;
    }

    public static void main(String[] args) throws Exception {
        int projects = BenchmarkSupport.intOption(args, "projects", 100_000);
        int repetitions = BenchmarkSupport.intOption(args, "repetitions", 5);
        String fillfactorOption = BenchmarkSupport.option(args, "milestone-fillfactor");
        Integer fillfactor = fillfactorOption == null ? null : Integer.valueOf(fillfactorOption);
        // The progress lines and the table are the output; the libraries' INFO logging would bury them.
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        long started = System.nanoTime();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(
                new EmbeddedDatabaseProperties(Path.of("target", "benchmark-postgres"), 0, "jixiao", true))) {
            MigratedDatabase.migrate(server);
            ConnectionPool pool = new ConnectionPool(ConnectionPoolConfiguration
                    .builder(ConnectionFactories.get(server.r2dbcOptions()))
                    // One connection, as the daily job uses one: every statement runs on the same session.
                    .initialSize(1).maxSize(1).build());
            try (Connection jdbc = DriverManager.getConnection(server.jdbcUrl(), server.username(), null)) {
                applyServerSettings(jdbc, args);
                System.out.printf("[load] %,d projects into PostgreSQL %s (shared_buffers %s, wal_compression %s, "
                        + "synchronous_commit %s)%s%n", projects, setting(jdbc, "server_version"),
                        setting(jdbc, "shared_buffers"), setting(jdbc, "wal_compression"),
                        setting(jdbc, "synchronous_commit"),
                        fillfactor == null ? "" : ", milestone fillfactor " + fillfactor);
                new BenchmarkDataLoader(jdbc, LOADED_AS_OF, DUE_SOON_DAYS).load(projects, fillfactor);
                System.out.printf("[load] done in %.1f s: %s%n", BenchmarkDataLoader.seconds(started),
                        counts(jdbc));
                new MilestoneSweepBenchmark(jdbc, DatabaseClient.create(pool), repetitions).run();
            }
            finally {
                pool.dispose();
            }
        }
    }

    private void run() throws Exception {
        checkLoadedStatesAreSwept();
        List<Scenario> scenarios = List.of(
                new Scenario("typical day", LOADED_AS_OF, LOADED_AS_OF.plusDays(1)),
                new Scenario("quarter end", LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1)),
                new Scenario("30 days on", LOADED_AS_OF, LOADED_AS_OF.plusDays(30)));
        List<Result> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            results.add(measure(scenario));
        }
        List<String> context = context();
        printTable(results, context);
    }

    /** The loaded states must be exactly what a sweep on the loading day leaves, or the scenarios would lie. */
    private void checkLoadedStatesAreSwept() {
        long pending = milestones.countPendingMoves(LOADED_AS_OF, DUE_SOON_DAYS).block();
        if (pending != 0) {
            throw new IllegalStateException(pending + " loaded milestones are not in the state of " + LOADED_AS_OF);
        }
    }

    private Result measure(Scenario scenario) throws SQLException {
        // Bring the states to the scenario's yesterday with the sweep itself, then keep them to restore from.
        milestones.sweep(null, scenario.yesterday(), DUE_SOON_DAYS, instant(scenario.yesterday())).block();
        execute("drop table if exists " + SNAPSHOT_TABLE);
        execute("create table " + SNAPSHOT_TABLE + " as select id, state, state_changed_at from milestone");
        execute("alter table " + SNAPSHOT_TABLE + " add primary key (id)");
        execute("vacuum (analyze) " + SNAPSHOT_TABLE);
        Instant now = instant(scenario.today());
        long transitions = milestones.countPendingMoves(scenario.today(), DUE_SOON_DAYS).block();
        System.out.printf("[run] %s: today %s, yesterday %s, %,d transitions%n", scenario.name(), scenario.today(),
                scenario.yesterday(), transitions);

        for (int i = 0; i < WARM_UPS; i++) {
            restoreStates();
            milestones.countPendingMoves(scenario.today(), DUE_SOON_DAYS).block();
            milestones.sweep(null, scenario.today(), DUE_SOON_DAYS, now).block();
        }
        long[] bare = new long[repetitions];
        long[] sweep = new long[repetitions];
        long[] sweepWarm = new long[repetitions];
        Map<String, Long> moved = Map.of();
        WriteStats writes = WriteStats.NONE;
        for (int i = 0; i < repetitions; i++) {
            restoreStates(true);
            bare[i] = time(() -> milestones.countPendingMoves(scenario.today(), DUE_SOON_DAYS).block());
            db.sql("select pg_stat_force_next_flush()").then().block();
            WriteStats before = writeStats();
            AtomicReference<Map<String, Long>> result = new AtomicReference<>();
            sweep[i] = time(() -> result.set(milestones.sweep(null, scenario.today(), DUE_SOON_DAYS, now).block()));
            // Stats of the R2DBC session reach the shared counters when it next goes idle; make that happen now.
            db.sql("select pg_stat_force_next_flush()").then().block();
            writes = writeStats().minus(before);
            moved = new TreeMap<>(result.get());
            long total = moved.values().stream().mapToLong(Long::longValue).sum();
            if (total != transitions) {
                throw new IllegalStateException("The sweep moved " + total + " milestones, the bare statement found "
                        + transitions);
            }
            System.out.printf("[run] %s #%d: bare %.1f ms, sweep %.1f ms (%s)%n", scenario.name(), i + 1,
                    millis(bare[i]), millis(sweep[i]), writes);
        }
        // The same sweeps with no checkpoint in between: the restore has already dirtied the pages since the last
        // checkpoint, so the sweep writes (almost) no full-page images. Shows what those images cost.
        for (int i = 0; i < repetitions; i++) {
            restoreStates(false);
            sweepWarm[i] = time(() -> milestones.sweep(null, scenario.today(), DUE_SOON_DAYS, now).block());
        }
        System.out.printf("[run] %s, no checkpoint before the sweep: median %.1f ms%n", scenario.name(),
                millis(median(sweepWarm)));
        return new Result(scenario, transitions, moved, bare, sweep, sweepWarm, writes);
    }

    private void restoreStates() throws SQLException {
        restoreStates(true);
    }

    /**
     * One statement back to the scenario's yesterday (only the rows the sweep changed), then vacuum and, as the
     * daily job would usually find it, a checkpoint since the pages were last written.
     */
    private void restoreStates(boolean checkpoint) throws SQLException {
        execute("update milestone m set state = b.state, state_changed_at = b.state_changed_at from " + SNAPSHOT_TABLE
                + " b where b.id = m.id and m.state <> b.state");
        execute("vacuum milestone");
        if (checkpoint) {
            execute("checkpoint");
        }
        execute("select pg_stat_force_next_flush()");
    }

    private WriteStats writeStats() throws SQLException {
        try (Statement statement = jdbc.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0')::bigint as wal_bytes,
                               (select wal_fpi from pg_stat_wal) as fpi,
                               n_tup_upd, n_tup_hot_upd
                          from pg_stat_user_tables where relname = 'milestone'""")) {
            rows.next();
            return new WriteStats(rows.getLong("wal_bytes"), rows.getLong("fpi"), rows.getLong("n_tup_upd"),
                    rows.getLong("n_tup_hot_upd"));
        }
    }

    /**
     * Context, once each after a warm-up: the two other statements of the daily milestone job (derive, remove
     * stale; both find nothing to do here, which also proves the loaded milestones are what derivation makes), and
     * the light evaluation's input query over all projects.
     */
    private List<String> context() throws Exception {
        List<String> lines = new ArrayList<>();
        Instant now = instant(LOADED_AS_OF.plusDays(1));
        long[] derived = new long[1];
        lines.add(contextLine("deriveFromTargets(null) — insert … on conflict do nothing",
                () -> derived[0] = milestones.deriveFromTargets(null, now).block(), () -> derived[0] + " rows added"));
        long[] removed = new long[1];
        lines.add(contextLine("removeStale(null) — delete … where not exists",
                () -> removed[0] = milestones.removeStale(null).block(), () -> removed[0] + " rows removed"));

        LightInputs inputs = new LightInputs(db, JsonMapper.builder().build());
        long[] rows = new long[2];
        lines.add(contextLine("lights: LightInputs.indicators(null), all rows mapped",
                () -> rows[0] = inputs.indicators(null).count().block(), () -> String.format("%,d rows", rows[0])));
        lines.add(contextLine("lights: LightInputs.budgets(null), all rows mapped",
                () -> rows[1] = inputs.budgets(null).count().block(), () -> String.format("%,d rows", rows[1])));
        return lines;
    }

    private String contextLine(String label, Runnable action, Supplier<String> outcome) {
        action.run();
        long[] times = new long[Math.max(3, repetitions / 2 + 1)];
        for (int i = 0; i < times.length; i++) {
            times[i] = time(action);
        }
        return String.format("%-56s median %8.1f ms  min %8.1f ms  (%s)", label, millis(median(times)),
                millis(Arrays.stream(times).min().orElseThrow()), outcome.get());
    }

    private void printTable(List<Result> results, List<String> context) {
        System.out.println();
        System.out.printf("Milestone sweep vs. bare statement, %d timed repetitions each after %d warm-ups "
                + "(times in ms, through MilestoneRepository over R2DBC)%n", repetitions, WARM_UPS);
        String format = "%-12s %-10s %11s | %9s %9s | %9s %9s | %12s %9s%n";
        System.out.printf(format, "scenario", "today", "transitions", "bare med", "bare min", "sweep med",
                "sweep min", "ratio (med)", "ratio min");
        System.out.println("-".repeat(105));
        for (Result result : results) {
            double bareMedian = millis(median(result.bare()));
            double bareMin = millis(min(result.bare()));
            double sweepMedian = millis(median(result.sweep()));
            double sweepMin = millis(min(result.sweep()));
            System.out.printf(format, result.scenario().name(), result.scenario().today(),
                    String.format("%,d", result.transitions()), fixed(bareMedian), fixed(bareMin), fixed(sweepMedian),
                    fixed(sweepMin), String.format("%.2f", sweepMedian / bareMedian),
                    String.format("%.2f", sweepMin / bareMin));
        }
        System.out.println();
        System.out.println("What one sweep writes (last repetition), and the sweep with no checkpoint before it:");
        for (Result result : results) {
            System.out.printf("  %-12s moved %s; %s; no checkpoint: median %.1f ms, min %.1f ms%n",
                    result.scenario().name(), result.moved(), result.writes(),
                    millis(median(result.sweepWithoutCheckpoint())), millis(min(result.sweepWithoutCheckpoint())));
        }
        System.out.println();
        System.out.println("Context (same data, not part of the ratio):");
        context.forEach(line -> System.out.println("  " + line));
        System.out.println();
        System.out.println("Target: sweep / bare <= 2.");
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = jdbc.createStatement()) {
            statement.execute(sql);
        }
    }

    /** {@code --server-setting=name=value}, repeatable: an experiment with a reloadable server setting. */
    private static void applyServerSettings(Connection jdbc, String[] args) throws SQLException {
        boolean changed = false;
        for (String arg : args) {
            if (arg.startsWith("--server-setting=")) {
                String[] setting = arg.substring("--server-setting=".length()).split("=", 2);
                if (!setting[0].matches("[a-z_]+") || setting.length != 2) {
                    throw new IllegalArgumentException("Expected --server-setting=name=value, got " + arg);
                }
                try (Statement statement = jdbc.createStatement()) {
                    statement.execute("alter system set " + setting[0] + " = '" + setting[1].replace("'", "''") + "'");
                }
                changed = true;
            }
        }
        if (changed) {
            try (Statement statement = jdbc.createStatement()) {
                statement.execute("select pg_reload_conf()");
            }
        }
    }

    private static String setting(Connection jdbc, String name) throws SQLException {
        try (Statement statement = jdbc.createStatement();
                ResultSet rows = statement.executeQuery("select current_setting('" + name + "')")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static String counts(Connection jdbc) throws SQLException {
        List<String> counts = new ArrayList<>();
        try (Statement statement = jdbc.createStatement()) {
            for (String table : List.of("project", "funding", "indicator", "milestone")) {
                try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    counts.add(String.format("%s %,d", table, rows.getLong(1)));
                }
            }
            try (ResultSet rows = statement.executeQuery(
                    "select state, count(*) from milestone group by 1 order by 1")) {
                List<String> states = new ArrayList<>();
                while (rows.next()) {
                    states.add(rows.getString(1) + " " + rows.getLong(2));
                }
                counts.add("milestone states " + states);
            }
        }
        return String.join(", ", counts);
    }

    private static long time(Runnable action) {
        long started = System.nanoTime();
        action.run();
        return System.nanoTime() - started;
    }

    private static Instant instant(LocalDate day) {
        // The sweep job runs early in the morning, China time.
        return day.atTime(1, 0).toInstant(ZoneOffset.ofHours(8));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static long min(long[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static String fixed(double millis) {
        return String.format("%.1f", millis);
    }



    private record Scenario(String name, LocalDate yesterday, LocalDate today) {
    }

    private record Result(Scenario scenario, long transitions, Map<String, Long> moved, long[] bare, long[] sweep,
            long[] sweepWithoutCheckpoint, WriteStats writes) {
    }

    /** Counters of what the server wrote: WAL bytes and full-page images, milestone row updates (HOT or not). */
    private record WriteStats(long walBytes, long fullPageImages, long updates, long hotUpdates) {

        static final WriteStats NONE = new WriteStats(0, 0, 0, 0);

        WriteStats minus(WriteStats earlier) {
            return new WriteStats(walBytes - earlier.walBytes, fullPageImages - earlier.fullPageImages,
                    updates - earlier.updates, hotUpdates - earlier.hotUpdates);
        }

        double hotShare() {
            return updates == 0 ? 0 : 100.0 * hotUpdates / updates;
        }

        @Override
        public String toString() {
            return String.format("WAL %.1f MB, %,d full-page images, %,d updates, %.0f%% HOT", walBytes / 1e6,
                    fullPageImages, updates, hotShare());
        }
    }
}
