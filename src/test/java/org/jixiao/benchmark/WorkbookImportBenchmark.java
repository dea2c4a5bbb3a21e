package org.jixiao.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Level;
import org.flywaydb.core.Flyway;
import org.jixiao.JixiaoApplication;
import org.jixiao.sheet.SheetDocument;
import org.jixiao.sheet.workbook.TestWorkbooks;
import org.jixiao.sheet.workbook.WorkbookReader;
import org.jixiao.support.TestSheets;
import org.jixiao.support.TestTokens;
import org.jixiao.system.database.EmbeddedDatabaseProperties;
import org.jixiao.system.database.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A workbook of 100 projects imported in one request next to the same 100 sheets imported as JSON, one request each
 * (the JSON import takes one sheet a request), in the same run on the real service and a throw-away embedded
 * PostgreSQL. The sheets are the 14 demo sheets in turn, renamed, a fiscal year per round so nothing collides. Also
 * timed apart: reading the workbook alone ({@link WorkbookReader}, no database), to show what the parsing costs.
 *
 * <p>Not a test ({@code ./mvnw verify} never runs it). Run it with
 * {@code ./mvnw -q spring-boot:test-run -Dspring-boot.run.main-class=org.jixiao.benchmark.WorkbookImportBenchmark
 * -Dspring-boot.test-run.optimizedLaunch=false}, see docs/performance.md. Options, passed with
 * {@code -Dspring-boot.run.arguments="..."}: {@code --projects=N} (default 100), {@code --repetitions=N} (default
 * 10), {@code --warm-ups=N} (default 3). Exits non-zero when an import is refused.
 */
public final class WorkbookImportBenchmark {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int FIRST_YEAR = 2040;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final WorkbookReader reader;
    private final int projects;

    private WorkbookImportBenchmark(ConfigurableApplicationContext service, int projects) {
        this.baseUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) service).getWebServer().getPort();
        this.reader = service.getBean(WorkbookReader.class);
        this.projects = projects;
    }

    public static void main(String[] args) {
        int projects = BenchmarkSupport.intOption(args, "projects", 100);
        int repetitions = BenchmarkSupport.intOption(args, "repetitions", 10);
        int warmUps = BenchmarkSupport.intOption(args, "warm-ups", 3);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        int exitCode;
        try (EmbeddedPostgresServer database = EmbeddedPostgresServer.start(new EmbeddedDatabaseProperties(
                Path.of("target", "benchmark-postgres-workbook"), 0, "jixiao", true))) {
            Flyway.configure().dataSource(database.jdbcUrl(), database.username(), null)
                    .locations("classpath:db/migration").load().migrate();
            try (ConfigurableApplicationContext service = start(database)) {
                exitCode = new WorkbookImportBenchmark(service, projects).run(warmUps, repetitions);
            }
        }
        catch (Exception | Error failure) {
            failure.printStackTrace();
            exitCode = 2;
        }
        System.exit(exitCode);
    }

    private static ConfigurableApplicationContext start(EmbeddedPostgresServer database) {
        return new SpringApplicationBuilder(JixiaoApplication.class).run(
                "--server.address=127.0.0.1",
                "--server.port=0",
                "--spring.r2dbc.url=r2dbc:postgresql://127.0.0.1:" + database.port() + "/" + database.databaseName(),
                "--spring.r2dbc.username=" + database.username(),
                "--jixiao.demo-data.enabled=false",
                "--jixiao.security.bootstrap-token=" + TestTokens.ADMIN,
                "--spring.quartz.auto-startup=false",
                "--logging.level.root=WARN");
    }

    private int run(int warmUps, int repetitions) throws Exception {
        List<double[]> timings = new ArrayList<>();
        for (int round = 0; round < warmUps + repetitions; round++) {
            List<SheetDocument> xlsxSheets = sheets(FIRST_YEAR + round, "工作簿");
            byte[] workbook = TestWorkbooks.workbook(xlsxSheets.toArray(SheetDocument[]::new));
            List<String> jsonSheets = new ArrayList<>();
            for (int i = 0; i < projects; i++) {
                jsonSheets.add(TestSheets.json(TestSheets.variant(TestSheets.SEED_SHEETS.get(i % 14),
                        FIRST_YEAR + round, "基准JSON-" + i)));
            }

            long reading = System.nanoTime();
            int read = reader.read(workbook).size();
            double readMillis = millis(reading);

            long xlsxStarted = System.nanoTime();
            HttpResponse<String> imported = send(HttpRequest.BodyPublishers.ofByteArray(workbook), XLSX);
            double xlsxMillis = millis(xlsxStarted);
            if (imported.statusCode() != 201 || read != projects) {
                System.out.println("[fail] workbook import answered " + imported.statusCode() + ": "
                        + imported.body());
                return 1;
            }

            long jsonStarted = System.nanoTime();
            for (String json : jsonSheets) {
                HttpResponse<String> answer = send(HttpRequest.BodyPublishers.ofString(json), "application/json");
                if (answer.statusCode() != 201) {
                    System.out.println("[fail] JSON import answered " + answer.statusCode() + ": " + answer.body());
                    return 1;
                }
            }
            double jsonMillis = millis(jsonStarted);
            if (round >= warmUps) {
                timings.add(new double[] {readMillis, xlsxMillis, jsonMillis});
            }
            System.out.printf("[%s %2d] workbook %,d bytes: read %6.0f ms, import %6.0f ms; JSON %d requests %6.0f ms%n",
                    round < warmUps ? "warm-up" : "round  ", round + 1, workbook.length, readMillis, xlsxMillis,
                    projects, jsonMillis);
        }
        report(timings);
        return 0;
    }

    private List<SheetDocument> sheets(int fiscalYear, String prefix) {
        List<SheetDocument> sheets = new ArrayList<>();
        for (int i = 0; i < projects; i++) {
            sheets.add(TestWorkbooks.document(TestSheets.variant(TestSheets.SEED_SHEETS.get(i % 14), fiscalYear,
                    "基准" + prefix + "-" + i)));
        }
        return sheets;
    }

    private HttpResponse<String> send(HttpRequest.BodyPublisher body, String type) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/sheets"))
                .header("Authorization", TestTokens.bearer(TestTokens.ADMIN))
                .header("Content-Type", type)
                .timeout(Duration.ofMinutes(2))
                .POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void report(List<double[]> timings) {
        String[] names = {"read the workbook (no database)", "POST one workbook of " + projects,
            "POST " + projects + " JSON sheets"};
        System.out.printf("%n%-36s %9s %9s %9s %14s%n", "measure (" + timings.size() + " rounds)", "median", "min",
                "max", "per project");
        for (int measure = 0; measure < names.length; measure++) {
            int index = measure;
            double[] values = timings.stream().mapToDouble(timing -> timing[index]).sorted().toArray();
            double median = values[values.length / 2];
            System.out.printf("%-36s %7.0f ms %6.0f ms %6.0f ms %11.1f ms%n", names[measure], median, values[0],
                    values[values.length - 1], median / projects);
        }
    }

    private static double millis(long started) {
        return (System.nanoTime() - started) / 1_000_000.0;
    }
}
