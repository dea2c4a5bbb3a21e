package org.jixiao.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;

import static org.awaitility.Awaitility.await;

/**
 * A real Prometheus (Debian's package) on loopback, scraping every second either a small exporter run in the test
 * JVM whose metric text the test sets, or a target the test names. Closed at the end of the test, with its process.
 */
public final class PrometheusServer implements AutoCloseable {

    public static final Path BINARY = Path.of("/usr/bin/prometheus");

    private final HttpServer exporter;
    private final Process process;
    private final AtomicReference<String> metrics;
    private final int port;

    private PrometheusServer(HttpServer exporter, Process process, AtomicReference<String> metrics, int port) {
        this.exporter = exporter;
        this.process = process;
        this.metrics = metrics;
        this.port = port;
    }

    public static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** Scrapes a small exporter serving {@code initialMetrics} as job {@code city-cloud}. */
    public static PrometheusServer start(Path directory, String initialMetrics) throws IOException {
        AtomicReference<String> metrics = new AtomicReference<>(initialMetrics);
        HttpServer exporter = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        exporter.createContext("/metrics", exchange -> {
            byte[] body = metrics.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        exporter.start();
        return start(directory, """
                scrape_configs:
                  - job_name: city-cloud
                    static_configs:
                      - targets: ['127.0.0.1:%d']
                """.formatted(exporter.getAddress().getPort()), List.of(), exporter, metrics,
                "up{job=\"city-cloud\"} == 1");
    }

    /** Scrapes Jixiao at {@code port} as job {@code jixiao}, with a bearer token, evaluating the given rule files. */
    public static PrometheusServer scrapingJixiao(Path directory, int port, String bearer, List<Path> ruleFiles)
            throws IOException {
        return start(directory, """
                scrape_configs:
                  - job_name: jixiao
                    metrics_path: /actuator/prometheus
                    authorization:
                      credentials: '%s'
                    static_configs:
                      - targets: ['127.0.0.1:%d']
                """.formatted(bearer, port), ruleFiles, null, new AtomicReference<>(""), "up{job=\"jixiao\"} == 1");
    }

    private static PrometheusServer start(Path directory, String scrapeConfigs, List<Path> ruleFiles,
            HttpServer exporter, AtomicReference<String> metrics, String readyQuery) throws IOException {
        int port = freePort();
        Path config = directory.resolve("prometheus.yml");
        StringBuilder rules = new StringBuilder();
        if (!ruleFiles.isEmpty()) {
            rules.append("rule_files:\n");
            ruleFiles.forEach(file -> rules.append("  - '").append(file.toAbsolutePath()).append("'\n"));
        }
        Files.writeString(config, """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                """ + rules + scrapeConfigs);
        Process process = new ProcessBuilder(BINARY.toString(), "--config.file=" + config,
                "--storage.tsdb.path=" + directory.resolve("data"), "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("prometheus.log").toFile())
                .start();
        PrometheusServer server = new PrometheusServer(exporter, process, metrics, port);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> server.answers(readyQuery));
        return server;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public void expose(String text) {
        metrics.set(text);
    }

    /** Whether an instant query returns at least one sample now. */
    public boolean answers(String query) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            baseUrl() + "/api/v1/query?query=" + java.net.URLEncoder.encode(query,
                                    StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"value\"");
        }
        catch (IOException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The raw JSON answer of an instant query. */
    public String query(String query) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/query?query="
                        + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Override
    public void close() {
        process.destroy();
        if (exporter != null) {
            exporter.stop(0);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
