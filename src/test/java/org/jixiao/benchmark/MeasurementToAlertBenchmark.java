package org.jixiao.benchmark;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import ch.qos.logback.classic.Level;
import org.flywaydb.core.Flyway;
import org.jixiao.JixiaoApplication;
import org.jixiao.measurement.MeasurementRepository;
import org.jixiao.measurement.MeasurementSource;
import org.jixiao.measurement.NewMeasurement;
import org.jixiao.support.TestTokens;
import org.jixiao.support.WebhookReceiver;
import org.jixiao.system.database.EmbeddedDatabaseProperties;
import org.jixiao.system.database.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * What a measurement costs now that its project's lights and alerts follow in the same transaction, and how soon its
 * alert is in the outbox and at a webhook: the real service on 10,000 loaded projects in a throw-away embedded
 * PostgreSQL, the clock at 2025-12-01 09:00 (Beijing).
 *
 * <p>Per repetition, each on projects of its own whose {@code 系统正常运行率} target is {@code ≥95%} and whose last
 * measurement (99.5 %) is green: {@code POST /api/v1/indicators/{id}/measurements} with 93 (the light turns red, an
 * {@code INDICATOR_OFF_TARGET} alert fires, the project's WEBHOOK subscription gets an outbox row, the delivery worker
 * posts it to a local receiver); the same with 99 (judged, nothing changes); and the bare write, the same INSERT
 * through {@link MeasurementRepository#insertAll} in a transaction of its own with nothing after it. A poller watches
 * the outbox during every write alike, so all three bear the same extra load.
 *
 * <p>Not a test ({@code ./mvnw verify} never runs it). Run it with
 * {@code ./mvnw -q spring-boot:test-run -Dspring-boot.run.main-class=org.jixiao.benchmark.MeasurementToAlertBenchmark
 * -Dspring-boot.test-run.optimizedLaunch=false}, see docs/performance.md. Options, passed with
 * {@code -Dspring-boot.run.arguments="..."}: {@code --projects=N} (default 10000), {@code --repetitions=N} (default
 * 30), {@code --warm-ups=N} (default 10), {@code --poll-interval=D} (the delivery worker's, default 200ms). Exits
 * non-zero when an alert is not in the outbox within 2 s of its request.
 */
public final class MeasurementToAlertBenchmark {

    private static final String NOW = "2025-12-01T09:00:00+08:00";
    private static final LocalDate LAST_SWEEP = LocalDate.of(2025, 11, 30);
    private static final int DUE_SOON_DAYS = 30;
    private static final String RATE_INDICATOR = "系统正常运行率";
    private static final String RATE_TARGET = "≥95%";
    private static final Duration OUTBOX_DEADLINE = Duration.ofSeconds(2);
    private static final long POLL_NANOS = TimeUnit.MICROSECONDS.toNanos(250);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConfigurableApplicationContext service;
    private final Connection jdbc;
    private final WebhookReceiver receiver;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final Duration webhookDeadline;
    private final PreparedStatement outboxRow;
    private final PreparedStatement offTargetState;
    private final List<String> failures = new ArrayList<>();
    private String storedUnit;

    private MeasurementToAlertBenchmark(ConfigurableApplicationContext service, Connection jdbc,
            WebhookReceiver receiver, Duration pollInterval) throws SQLException {
        this.service = service;
        this.jdbc = jdbc;
        this.receiver = receiver;
        this.baseUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) service).getWebServer().getPort();
        this.webhookDeadline = OUTBOX_DEADLINE.plus(pollInterval.multipliedBy(3));
        this.outboxRow = jdbc.prepareStatement("""
                select d.id from alert_delivery d join alert a on a.id = d.alert_id
                 where a.project_id = ? and a.indicator_id = ? and a.kind = 'INDICATOR_OFF_TARGET'
                 order by d.id limit 1""");
        this.offTargetState = jdbc.prepareStatement("""
                select s.light, (select count(*) from alert a where a.indicator_id = s.indicator_id
                                  and a.kind = 'INDICATOR_OFF_TARGET') as alerts
                  from indicator_status s where s.indicator_id = ?""");
    }

    public static void main(String[] args) throws Exception {
        int projects = BenchmarkSupport.intOption(args, "projects", 10_000);
        int repetitions = BenchmarkSupport.intOption(args, "repetitions", 30);
        int warmUps = BenchmarkSupport.intOption(args, "warm-ups", 10);
        String pollOption = BenchmarkSupport.option(args, "poll-interval");
        String pollText = pollOption == null ? "200ms" : pollOption;
        Duration pollInterval = parse(pollText);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        int exitCode;
        long started = System.nanoTime();
        try (EmbeddedPostgresServer database = EmbeddedPostgresServer.start(new EmbeddedDatabaseProperties(
                Path.of("target", "benchmark-postgres-alerts"), 0, "jixiao", true));
                Connection jdbc = DriverManager.getConnection(database.jdbcUrl(), database.username(), null);
                WebhookReceiver receiver = WebhookReceiver.start()) {
            Flyway.configure().dataSource(database.jdbcUrl(), database.username(), null)
                    .locations("classpath:db/migration").load().migrate();
            System.out.printf("[load] %,d projects into PostgreSQL %s%n", projects, setting(jdbc, "server_version"));
            new BenchmarkDataLoader(jdbc, LAST_SWEEP, DUE_SOON_DAYS).load(projects, null);
            loadMeasurements(jdbc);
            System.out.printf("[load] done in %.1f s%n", BenchmarkDataLoader.seconds(started));

            long booting = System.nanoTime();
            try (ConfigurableApplicationContext service = start(database, pollInterval)) {
                System.out.printf("[service] started on a random loopback port in %.1f s (clock fixed at %s, "
                        + "delivery poll interval %s)%n", BenchmarkDataLoader.seconds(booting), NOW, pollText);
                MeasurementToAlertBenchmark benchmark = new MeasurementToAlertBenchmark(service, jdbc, receiver,
                        pollInterval);
                exitCode = benchmark.run(warmUps, repetitions);
            }
        }
        catch (Exception | Error failure) {
            failure.printStackTrace();
            exitCode = 2;
        }
        // The service's and the HTTP client's threads must not keep the JVM (and Maven) waiting, whatever happened.
        System.exit(exitCode);
    }

    private static Duration parse(String text) {
        String value = text.strip().toLowerCase();
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        if (value.endsWith("s")) {
            return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
        }
        throw new IllegalArgumentException("--poll-interval takes e.g. 200ms or 5s, not " + text);
    }

    /**
     * One measurement per percent indicator, observed a month ago and on target, so every light is judged on data
     * (not "no measurement yet") and a later 99 % changes nothing.
     */
    private static void loadMeasurements(Connection jdbc) throws SQLException {
        long started = System.nanoTime();
        int rows;
        try (Statement statement = jdbc.createStatement()) {
            rows = statement.executeUpdate("""
                    insert into measurement (indicator_id, value, unit, observed_at, source, recorded_by, recorded_at)
                    select id, case when level3 = '%s' then 99.5 else 96 end, '%%', '2025-11-01T00:00:00Z', 'BULK',
                           'benchmark', '2025-11-01T08:00:00Z'
                      from indicator where target_kind = 'PERCENT'""".formatted(RATE_INDICATOR));
            statement.execute("vacuum (analyze) measurement");
        }
        BenchmarkDataLoader.progress("measurement %,10d rows in %5.1f s (one on-target value per percent indicator)",
                rows, BenchmarkDataLoader.seconds(started));
    }

    /** Settings go in as command-line arguments: they override application.yml, as an operator's would. */
    private static ConfigurableApplicationContext start(EmbeddedPostgresServer database, Duration pollInterval) {
        return new SpringApplicationBuilder(JixiaoApplication.class).run(
                "--server.address=127.0.0.1",
                "--server.port=0",
                "--spring.r2dbc.url=r2dbc:postgresql://127.0.0.1:" + database.port() + "/" + database.databaseName(),
                "--spring.r2dbc.username=" + database.username(),
                "--jixiao.demo-data.enabled=false",
                "--jixiao.clock.fixed=" + NOW,
                "--jixiao.security.bootstrap-token=" + TestTokens.ADMIN,
                // Only the writes judge during the run; the checks run once, by request, before it.
                "--spring.quartz.auto-startup=false",
                "--jixiao.alerts.delivery.poll-interval=" + pollInterval.toMillis() + "ms",
                // Measures the way from a write to the webhook, not the group wait and interval that collect a
                // department's alerts into one message.
                "--jixiao.alerts.delivery.group-wait=0s",
                "--jixiao.alerts.delivery.group-interval=0s",
                "--logging.level.root=WARN");
    }

    private int run(int warmUps, int repetitions) throws Exception {
        long checking = System.nanoTime();
        JsonNode checks = send("POST", "/api/v1/checks/run", null);
        for (JsonNode check : checks) {
            if (!check.get("succeeded").asBoolean()) {
                throw new IllegalStateException("check " + check.get("check").asString() + " failed: " + check);
            }
        }
        System.out.printf("[service] all checks run once over all projects in %.1f s: %s%n",
                BenchmarkDataLoader.seconds(checking), summary(checks));
        System.out.printf("[service] %s%n", counts());

        int rounds = warmUps + repetitions;
        List<long[]> candidates = rateIndicators();
        if (candidates.size() < 3 * rounds) {
            throw new IllegalStateException("only " + candidates.size() + " projects have a " + RATE_TARGET + " "
                    + RATE_INDICATOR + "; " + 3 * rounds + " are needed (more --projects or fewer --repetitions)");
        }
        // Spread over the ids, so the rounds do not all touch the same few pages.
        int step = candidates.size() / (3 * rounds);
        List<long[]> alerting = new ArrayList<>();
        List<long[]> quiet = new ArrayList<>();
        List<long[]> bare = new ArrayList<>();
        for (int i = 0; i < 3 * rounds; i++) {
            List.of(alerting, quiet, bare).get(i % 3).add(candidates.get(i * step));
        }
        long subscribing = System.nanoTime();
        for (long[] target : alerting) {
            send("POST", "/api/v1/subscriptions", """
                    {"project": %d, "kinds": ["INDICATOR_OFF_TARGET"],
                     "channel": {"type": "WEBHOOK", "url": "%s"}}""".formatted(target[0], receiver.url()));
        }
        System.out.printf("[service] %d WEBHOOK subscriptions (INDICATOR_OFF_TARGET, one project each) through the "
                + "API in %.1f s%n", alerting.size(), BenchmarkDataLoader.seconds(subscribing));

        MeasurementRepository repository = service.getBean(MeasurementRepository.class);
        TransactionalOperator transaction = service.getBean(TransactionalOperator.class);
        Clock clock = service.getBean(Clock.class);
        long[] bareWrite = new long[repetitions];
        long[] quietWrite = new long[repetitions];
        long[] alertWrite = new long[repetitions];
        long[] alertOutbox = new long[repetitions];
        long[] alertWebhook = new long[repetitions];
        for (int round = 0; round < rounds; round++) {
            boolean timed = round >= warmUps;
            AlertTiming alert = alertingWrite(alerting.get(round));
            long quietNanos = quietWrite(quiet.get(round));
            long bareNanos = bareWrite(bare.get(round), repository, transaction, clock);
            if (timed) {
                int i = round - warmUps;
                alertWrite[i] = alert.response();
                alertOutbox[i] = alert.outbox();
                alertWebhook[i] = alert.webhook();
                quietWrite[i] = quietNanos;
                bareWrite[i] = bareNanos;
            }
            System.out.printf("[run] %s %2d: bare %6.2f ms | 99%% %6.2f ms | 93%% %6.2f ms, outbox %s, webhook %s%n",
                    timed ? "repetition" : "warm-up   ", timed ? round - warmUps + 1 : round + 1, millis(bareNanos),
                    millis(quietNanos), millis(alert.response()), orMissing(alert.outbox()),
                    orMissing(alert.webhook()));
        }
        printTable(warmUps, repetitions, bareWrite, quietWrite, alertWrite, alertOutbox, alertWebhook);
        if (!failures.isEmpty()) {
            System.out.println();
            failures.forEach(failure -> System.out.println("FAILED: " + failure));
            return 1;
        }
        return 0;
    }

    private record AlertTiming(long response, long outbox, long webhook) {
    }

    /** 93 % against ≥95 %: the round trip, then the alert in the outbox and at the receiver, all from the request. */
    private AlertTiming alertingWrite(long[] target) throws Exception {
        long projectId = target[0];
        long indicatorId = target[1];
        AtomicLong answered = new AtomicLong();
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> response = http.sendAsync(measurement(indicatorId, "93"),
                HttpResponse.BodyHandlers.ofString()).whenComplete((any, failure) -> answered.set(System.nanoTime()));
        long deadline = started + OUTBOX_DEADLINE.toNanos();
        long deliveryId = -1;
        long outbox = -1;
        while (System.nanoTime() < deadline) {
            long polled = System.nanoTime();
            deliveryId = outboxRow(projectId, indicatorId);
            if (deliveryId >= 0) {
                // The row is seen by the query started at polled; it became visible at the latest then.
                outbox = polled - started;
                break;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        HttpResponse<String> answer = response.get(30, TimeUnit.SECONDS);
        checkCreated(answer, "93 for indicator " + indicatorId);
        rememberUnit(answer);
        long responseNanos = answered.get() - started;
        if (deliveryId < 0) {
            failures.add("no INDICATOR_OFF_TARGET outbox row for indicator " + indicatorId + " (project " + projectId
                    + ") within " + OUTBOX_DEADLINE.toMillis() + " ms of its request");
            return new AlertTiming(responseNanos, -1, -1);
        }
        String key = "jixiao-delivery-" + deliveryId;
        long webhookDeadline = started + this.webhookDeadline.toNanos();
        while (System.nanoTime() < webhookDeadline) {
            for (WebhookReceiver.Request request : receiver.requests()) {
                if (key.equals(request.header("Idempotency-Key"))) {
                    return new AlertTiming(responseNanos, outbox, request.receivedNanos() - started);
                }
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        failures.add("delivery " + deliveryId + " (indicator " + indicatorId + ") not received within "
                + this.webhookDeadline.toMillis() + " ms of its request");
        return new AlertTiming(responseNanos, outbox, -1);
    }

    /** 99 % against ≥95 %, after 99.5 %: judged, and nothing changes; watched by the same poller as the others. */
    private long quietWrite(long[] target) throws Exception {
        long indicatorId = target[1];
        AtomicLong answered = new AtomicLong();
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> response = http.sendAsync(measurement(indicatorId, "99"),
                HttpResponse.BodyHandlers.ofString()).whenComplete((any, failure) -> answered.set(System.nanoTime()));
        pollOutboxUntil(response, target);
        checkCreated(response.get(), "99 for indicator " + indicatorId);
        checkStillGreen(indicatorId);
        return answered.get() - started;
    }

    /** The same INSERT through the repository, in a transaction of its own (begin, insert, commit), nothing else. */
    private long bareWrite(long[] target, MeasurementRepository repository, TransactionalOperator transaction,
            Clock clock) throws Exception {
        if (storedUnit == null) {
            throw new IllegalStateException("no API write has answered yet");
        }
        NewMeasurement row = new NewMeasurement(target[0], target[1], new BigDecimal("93"), storedUnit, null,
                clock.instant(), null, null, MeasurementSource.MANUAL);
        AtomicLong answered = new AtomicLong();
        long started = System.nanoTime();
        CompletableFuture<?> done = repository.insertAll(List.of(row), "admin", clock.instant()).then()
                .as(transaction::transactional).toFuture()
                .whenComplete((any, failure) -> answered.set(System.nanoTime()));
        pollOutboxUntil(done, target);
        done.get();
        return answered.get() - started;
    }

    /** Polls the outbox as during the alerting write, until {@code done}, so every write shares the same load. */
    private void pollOutboxUntil(CompletableFuture<?> done, long[] target) throws SQLException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.isDone() && System.nanoTime() < deadline) {
            if (outboxRow(target[0], target[1]) >= 0) {
                failures.add("an outbox row appeared for indicator " + target[1] + ", which should stay green");
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    private long outboxRow(long projectId, long indicatorId) throws SQLException {
        outboxRow.setLong(1, projectId);
        outboxRow.setLong(2, indicatorId);
        try (ResultSet rows = outboxRow.executeQuery()) {
            return rows.next() ? rows.getLong(1) : -1;
        }
    }

    private void checkStillGreen(long indicatorId) throws SQLException {
        offTargetState.setLong(1, indicatorId);
        try (ResultSet rows = offTargetState.executeQuery()) {
            if (!rows.next() || !"GREEN".equals(rows.getString("light")) || rows.getLong("alerts") != 0) {
                failures.add("indicator " + indicatorId + " is not green without alerts after 99 %");
            }
        }
    }

    private void rememberUnit(HttpResponse<String> answer) {
        if (storedUnit == null) {
            JsonNode stored = JSON.readTree(answer.body());
            storedUnit = stored.get("unit").isNull() ? null : stored.get("unit").asString();
            System.out.printf("[run] the API stored %s (the bare write stores the same row)%n", answer.body());
        }
    }

    private HttpRequest measurement(long indicatorId, String value) {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/indicators/" + indicatorId + "/measurements"))
                .header("Authorization", TestTokens.bearer(TestTokens.ADMIN))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"value\": " + value + "}"))
                .timeout(Duration.ofSeconds(30))
                .build();
    }

    private static void checkCreated(HttpResponse<String> answer, String what) {
        if (answer.statusCode() != 201) {
            throw new IllegalStateException(what + ": HTTP " + answer.statusCode() + " " + answer.body());
        }
    }

    private JsonNode send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", TestTokens.bearer(TestTokens.ADMIN))
                .timeout(Duration.ofMinutes(10));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> answer = http.send(request.method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + ": HTTP " + answer.statusCode() + " "
                    + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    /** (project id, indicator id) of every {@code ≥95%} uptime indicator, by project. */
    private List<long[]> rateIndicators() throws SQLException {
        List<long[]> found = new ArrayList<>();
        try (PreparedStatement statement = jdbc.prepareStatement("""
                select i.project_id, i.id from indicator i join indicator_status s on s.indicator_id = i.id
                 where i.level3 = ? and i.target_text = ? and s.light = 'GREEN' order by i.project_id""")) {
            statement.setString(1, RATE_INDICATOR);
            statement.setString(2, RATE_TARGET);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new long[] {rows.getLong(1), rows.getLong(2)});
                }
            }
        }
        return found;
    }

    private String counts() throws SQLException {
        List<String> parts = new ArrayList<>();
        for (String table : List.of("project", "indicator", "measurement", "milestone", "indicator_status",
                "project_status", "alert", "alert_delivery")) {
            try (Statement statement = jdbc.createStatement();
                    ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                rows.next();
                parts.add(String.format("%s %,d", table, rows.getLong(1)));
            }
        }
        return "rows: " + String.join(", ", parts);
    }

    private static String summary(JsonNode checks) {
        List<String> parts = new ArrayList<>();
        for (JsonNode check : checks) {
            parts.add(check.get("check").asString() + " " + check.get("durationMillis").asLong() + " ms");
        }
        return String.join(", ", parts);
    }

    private static void printTable(int warmUps, int repetitions, long[] bare, long[] quiet, long[] alert,
            long[] outbox, long[] webhook) {
        System.out.println();
        System.out.printf("Measurement write to alert, %d repetitions after %d warm-ups, each on projects of its own "
                + "(times in ms from the request)%n", repetitions, warmUps);
        String header = String.format("%-58s | %8s %8s %8s | %9s %9s", "measure", "median", "p90", "max",
                "ratio med", "ratio p90");
        System.out.println(header);
        System.out.println("-".repeat(header.length()));
        long[] reference = bare;
        row("bare write: insertAll in a transaction, nothing after", bare, reference);
        row("API 99% (judged, no light changes): HTTP round trip", quiet, reference);
        row("API 93% (light turns red, alert fires): HTTP round trip", alert, reference);
        row("API 93%: INDICATOR_OFF_TARGET row in the outbox", outbox, reference);
        row("API 93%: webhook received", webhook, reference);
        System.out.println("Ratios are to the bare write (median to median, p90 to p90).");
    }

    private static void row(String label, long[] nanos, long[] reference) {
        long[] present = Arrays.stream(nanos).filter(value -> value >= 0).toArray();
        if (present.length == 0) {
            System.out.printf("%-58s | %8s%n", label, "none");
            return;
        }
        long[] sorted = present.clone();
        Arrays.sort(sorted);
        long[] base = reference.clone();
        Arrays.sort(base);
        System.out.printf("%-58s | %8.2f %8.2f %8.2f | %9.2f %9.2f%s%n", label, millis(median(sorted)),
                millis(p90(sorted)), millis(sorted[sorted.length - 1]), median(sorted) / (double) median(base),
                p90(sorted) / (double) p90(base),
                present.length < nanos.length ? "  (" + (nanos.length - present.length) + " missing)" : "");
    }

    private static long median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Nearest rank. */
    private static long p90(long[] sorted) {
        return sorted[(int) Math.ceil(0.9 * sorted.length) - 1];
    }

    private static String orMissing(long nanos) {
        return nanos < 0 ? "MISSING" : String.format("%6.2f ms", millis(nanos));
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static String setting(Connection jdbc, String name) throws SQLException {
        try (Statement statement = jdbc.createStatement();
                ResultSet rows = statement.executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
