package org.jixiao.light;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jixiao.alert.AlertsProperties;
import org.jixiao.support.MovableDeliveryClock;
import org.jixiao.support.OnDecemberFirst2025;
import org.jixiao.support.TableChecksums;
import org.jixiao.support.WebhookReceiver;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.jixiao.support.DemoLookups.indicatorId;
import static org.jixiao.support.DemoLookups.projectId;

/**
 * A write flows forward at once: the answer to a measurement already stands behind the new lights, the alert and its
 * outbox row, with no scheduled check in between; and reading a status writes nothing.
 */
@OnDecemberFirst2025
class ChangeFlowIntegrationTests {

    private static final String PROJECT = "晋城市大数据应用管理维护费";

    @Autowired
    WebTestClient admin;

    @Autowired
    DatabaseClient db;

    @Autowired
    MovableDeliveryClock deliveryClock;

    @Autowired
    AlertsProperties alerts;

    @Test
    void aMeasurementBelowItsTargetTurnsTheIndicatorAndProjectRedAndRaisesItsAlertWithoutACheck() throws Exception {
        long project = projectId(admin, PROJECT);
        long indicator = indicatorId(admin, project, "网络线路通畅率");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            long subscription = subscribe(project, receiver.url());
            String checksBefore = checkRuns();

            admin.post().uri("/api/v1/indicators/{id}/measurements", indicator).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("value", "93%", "observedAt", "2025-11-30", "note", "11月网络月报")).exchange()
                    .expectStatus().isCreated();

            // Nothing is awaited: the write's own transaction judged the project and raised the alert.
            JsonNode status = status(project);
            assertThat(status.get("light").asString()).isEqualTo("RED");
            JsonNode judged = status.get("indicators").valueStream()
                    .filter(each -> each.get("indicatorId").asLong() == indicator).findFirst().orElseThrow();
            assertThat(judged.get("light").asString()).isEqualTo("RED");
            assertThat(judged.get("reason").asString()).contains("93%").contains("≥95%");
            assertThat(storedLight(indicator)).isEqualTo("RED");
            JsonNode alert = admin.get().uri("/api/v1/alerts?project={p}&kind=INDICATOR_OFF_TARGET", project)
                    .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody()
                    .valueStream().filter(each -> each.get("indicatorId").asLong() == indicator)
                    .findFirst().orElseThrow();
            assertThat(alert.get("state").asString()).isEqualTo("FIRING");
            assertThat(outboxRows(alert.get("id").asLong())).isEqualTo(1);
            assertThat(checkRuns()).as("no check ran").isEqualTo(checksBefore);

            // The message waits the group wait for more of the department's alerts, then goes.
            deliveryClock.advance(alerts.delivery().groupWait());
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.requests().stream()
                    .anyMatch(request -> request.body().contains("网络线路通畅率")));
            admin.delete().uri("/api/v1/subscriptions/{id}", subscription).exchange().expectStatus().isNoContent();
        }
        finally {
            deliveryClock.reset();
        }
    }

    @Test
    void readingAStatusChangesNothingInTheStore() {
        long project = projectId(admin, PROJECT);
        long indicator = indicatorId(admin, project, "运维驻场人员工作完成率");
        admin.post().uri("/api/v1/indicators/{id}/measurements", indicator).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("value", "97%", "observedAt", "2025-11-30")).exchange()
                .expectStatus().isCreated();
        Map<String, String> before = TableChecksums.of(db);

        List<Long> projects = admin.get().uri("/api/v1/projects?fiscalYear=2025&size=200").exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody().get("items")
                .valueStream().map(item -> item.get("id").asLong()).toList();
        projects.forEach(this::status);

        assertThat(before).containsKeys("project_status", "indicator_status", "alert", "alert_delivery",
                "alert_message");
        assertThat(TableChecksums.of(db)).isEqualTo(before);
    }

    private long subscribe(long project, String url) {
        return admin.post().uri("/api/v1/subscriptions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("project", project, "kinds", List.of("INDICATOR_OFF_TARGET"),
                        "channel", Map.of("type", "WEBHOOK", "url", url)))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asLong();
    }

    private JsonNode status(long project) {
        return admin.get().uri("/api/v1/projects/{id}/status", project).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private String storedLight(long indicator) {
        return db.sql("select light from indicator_status where indicator_id = :id").bind("id", indicator)
                .map(row -> row.get("light", String.class)).one().block(Duration.ofSeconds(5));
    }

    private long outboxRows(long alert) {
        return db.sql("select count(*) as n from alert_delivery where alert_id = :id").bind("id", alert)
                .map(row -> row.get("n", Long.class)).one().block(Duration.ofSeconds(5));
    }

    private String checkRuns() {
        return db.sql("select coalesce(string_agg(c::text, '|' order by check_name), '') as runs from check_run c")
                .map(row -> row.get("runs", String.class)).one().block(Duration.ofSeconds(5));
    }
}
