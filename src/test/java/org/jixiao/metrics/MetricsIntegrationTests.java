package org.jixiao.metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jixiao.support.OnDecemberFirst2025;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The metrics are a contract: the names and labels that the rules (and dashboards) use must be there. */
@OnDecemberFirst2025
class MetricsIntegrationTests {

    private static final Pattern METRIC_NAME = Pattern.compile("\\bjixiao_[a-z_]+\\b");

    @Autowired
    WebTestClient admin;

    private String scrape;

    @BeforeEach
    void runTheChecksAndScrape() {
        MetricsSeed.measureCityCloudUptime(admin);
        admin.post().uri("/api/v1/checks/run").exchange().expectStatus().isOk();
        scrape = admin.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    @Test
    void projectsCarryTheirLightExecutionProgressAndMilestones() {
        assertThat(scrape).containsPattern("jixiao_project_light\\{[^}]*department=\"晋城市数据局\"[^}]*"
                + "project=\"城市云平台运维项目\"[^}]*\\} 4.0");
        assertThat(scrape).containsPattern("jixiao_project_budget_execution_ratio\\{[^}]*project_id=\"\\d+\"");
        assertThat(scrape).containsPattern("jixiao_project_score_points\\{[^}]*project=\"城市云平台运维项目\"[^}]*\\} "
                + "[1-9][0-9]?\\.[0-9]+");
        assertThat(scrape).containsPattern("jixiao_project_time_progress_ratio\\{[^}]*\\} 0\\.91");
        assertThat(scrape).containsPattern("jixiao_project_milestones\\{[^}]*state=\"OVERDUE\"[^}]*\\} [1-9]");
        assertThat(scrape).containsPattern("jixiao_projects\\{[^}]*light=\"RED\"");
        assertThat(scrape).containsPattern("jixiao_milestones\\{[^}]*state=\"OVERDUE\"");
    }

    @Test
    void openMilestonesExportTheirDueDates() {
        // 智慧城市一期建设项目支付时间 (9月前): due 2025-09-30, Beijing midnight = 1759161600; no test pays it.
        assertThat(scrape).containsPattern("jixiao_milestone_due_timestamp_seconds\\{[^}]*milestone=\"智慧城市一期建设项目支付时间\""
                + "[^}]*state=\"OVERDUE\"[^}]*\\} 1\\.7591616E9");
    }

    @Test
    void indicatorsAndChecksAreExported() {
        assertThat(scrape).containsPattern("jixiao_indicator_light\\{[^}]*indicator=\"驻场人数\"[^}]*level1=\"产出指标\"");
        assertThat(scrape).contains("jixiao_check_last_success_timestamp_seconds{check=\"milestone-sweep\"}");
        assertThat(scrape).contains("jixiao_check_failures_total{check=\"light-evaluation\"} 0.0");
        assertThat(scrape).containsPattern("jixiao_check_duration_seconds_count\\{check=\"milestone-sweep\"\\} [1-9]");
        assertThat(scrape).containsPattern("jixiao_check_runs_total\\{check=\"prometheus-pull\",outcome=\"OK\"\\}");
    }

    @Test
    void everyMetricTheRulesAndDashboardsUseIsExported() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path folder : new Path[] {Path.of("prometheus", "rules"), Path.of("grafana", "dashboards")}) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Matcher matcher = METRIC_NAME.matcher(Files.readString(file));
                    while (matcher.find()) {
                        used.add(matcher.group());
                    }
                }
            }
        }

        assertThat(used).isNotEmpty();
        assertThat(used).allSatisfy(name -> assertThat(scrape).as("metric " + name).containsPattern(
                "(?m)^" + Pattern.quote(name) + "[{ ]"));
    }
}
