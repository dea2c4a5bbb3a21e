package org.jixiao.metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jixiao.support.OnDecemberFirst2025;
import org.jixiao.support.PrometheusServer;
import org.jixiao.support.TestTokens;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboards and rules as shipped, against a real Prometheus scraping the service on the demo data (clock at
 * 2025-12-01, so deadlines are overdue and budgets lag): every dashboard query must answer with data, every rule
 * must load, evaluate without error, and read only series that exist. CI installs Debian's prometheus (.ci/run).
 */
@OnDecemberFirst2025
class PromqlAgainstPrometheusIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern METRIC_NAME = Pattern.compile("\\b(jixiao_[a-z_]+|up|ALERTS|jvm_[a-z_]+|http_[a-z_]+)\\b");

    @Autowired
    WebTestClient admin;

    @LocalServerPort
    int port;

    @Test
    void everyDashboardAndRuleExpressionAnswersFromARealPrometheus(@TempDir Path directory) throws Exception {
        Assumptions.assumeTrue(System.getenv("CI") != null || PrometheusServer.installed(),
                "Debian's prometheus package is not installed (apt-get install --no-install-recommends prometheus)");
        MetricsSeed.measureCityCloudUptime(admin);
        admin.post().uri("/api/v1/checks/run").exchange().expectStatus().isOk();
        admin.get().uri("/api/v1/projects?size=1").exchange().expectStatus().isOk();
        List<Path> ruleFiles = files(Path.of("prometheus", "rules"), ".yml");
        Map<String, String> dashboardQueries = dashboardQueries();
        Map<String, String> ruleQueries = ruleQueries(ruleFiles);
        assertThat(ruleQueries).isNotEmpty();

        try (PrometheusServer prometheus = PrometheusServer.scrapingJixiao(directory, port, TestTokens.ADMIN,
                ruleFiles)) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                    prometheus.answers("jixiao_project_light") && prometheus.answers("ALERTS{alertname=~\"Jixiao.*\"}")
                            && prometheus.answers("rate(http_server_requests_seconds_count[1m])"));

            List<String> problems = new ArrayList<>();
            for (Map.Entry<String, String> query : dashboardQueries.entrySet()) {
                JsonNode answer = JSON.readTree(prometheus.query(query.getValue()));
                if (!"success".equals(answer.path("status").asString())) {
                    problems.add(query.getKey() + ": error " + answer.path("error").asString());
                }
                else if (answer.path("data").path("result").isEmpty()) {
                    problems.add(query.getKey() + ": no data for " + query.getValue());
                }
            }
            for (Map.Entry<String, String> rule : ruleQueries.entrySet()) {
                JsonNode answer = JSON.readTree(prometheus.query(rule.getValue()));
                if (!"success".equals(answer.path("status").asString())) {
                    problems.add(rule.getKey() + ": error " + answer.path("error").asString());
                }
                Matcher names = METRIC_NAME.matcher(rule.getValue());
                while (names.find()) {
                    if (!names.group().equals("ALERTS") && !prometheus.answers(names.group())) {
                        problems.add(rule.getKey() + ": no series " + names.group());
                    }
                }
            }
            assertThat(problems).isEmpty();
            assertThat(dashboardQueries).hasSizeGreaterThan(10);
        }
    }

    /** Every {@code expr} of every dashboard, with Grafana's variables set to values that exist in the demo data. */
    private static Map<String, String> dashboardQueries() throws IOException {
        Map<String, String> queries = new LinkedHashMap<>();
        for (Path file : files(Path.of("grafana", "dashboards"), ".json")) {
            collect(JSON.readTree(Files.readString(file)), file.getFileName().toString(), queries);
        }
        return queries;
    }

    private static void collect(JsonNode node, String where, Map<String, String> queries) {
        if (node.isObject()) {
            JsonNode expr = node.get("expr");
            if (expr != null && expr.isString() && !expr.asString().isBlank()) {
                String title = node.path("refId").asString("?");
                queries.put(where + " #" + queries.size() + " (" + title + ")", substitute(expr.asString()));
            }
            node.properties().forEach(entry -> collect(entry.getValue(), where, queries));
        }
        else if (node.isArray()) {
            node.forEach(child -> collect(child, where, queries));
        }
    }

    private static String substitute(String expr) {
        return expr.replace("$__rate_interval", "1m").replace("$__interval", "15s").replace("$__range", "5m")
                .replace("${department}", ".*").replace("$department", ".*")
                .replace("${project}", "城市云平台运维项目").replace("$project", "城市云平台运维项目");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> ruleQueries(List<Path> ruleFiles) throws IOException {
        Map<String, String> queries = new LinkedHashMap<>();
        for (Path file : ruleFiles) {
            Map<String, Object> document = new Yaml().load(Files.readString(file));
            for (Map<String, Object> group : (List<Map<String, Object>>) document.get("groups")) {
                for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                    String name = String.valueOf(rule.getOrDefault("alert", rule.get("record")));
                    queries.put(file.getFileName() + " " + name, String.valueOf(rule.get("expr")));
                }
            }
        }
        return queries;
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
