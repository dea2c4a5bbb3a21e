package org.jixiao.milestone;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jixiao.light.RulePack;
import org.jixiao.support.OnDecemberFirst2025;
import org.jixiao.support.TestSheets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sweep is SQL for speed; MilestoneRules is the same rule in Java for people. They must agree on every
 * boundary of the reminder window.
 */
@OnDecemberFirst2025
class MilestoneSweepIntegrationTests {

    private static final List<Integer> DAYS_FROM_TODAY = List.of(-330, -31, -1, 0, 1, 2, 3, 7, 29, 30, 31, 60, 390);

    @Autowired
    WebTestClient admin;

    @Autowired
    MilestoneService milestones;

    @Autowired
    DatabaseClient db;

    @Autowired
    RulePack rules;

    @Autowired
    Clock clock;

    @Test
    void theSweepPutsEveryOpenMilestoneInTheStateTheRulesGive() {
        LocalDate today = LocalDate.now(clock);
        // A project of this year: milestones must fall in its fiscal year or a year next to it.
        long project = admin.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestSheets.json(TestSheets.variant("smart-npc-construction", today.getYear(),
                        "扫描边界项目")))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asLong();
        for (int days : DAYS_FROM_TODAY) {
            admin.post().uri("/api/v1/projects/{id}/milestones", project).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("title", "边界 " + days, "due", today.plusDays(days).toString())).exchange()
                    .expectStatus().isCreated();
        }
        // As if the last sweep ran long ago: every open milestone of the project marked upcoming.
        db.sql("update milestone set state = 'UPCOMING' where project_id = :id and state <> 'UPCOMING'")
                .bind("id", project).fetch().rowsUpdated().block();

        SweepResult result = milestones.sweep(project).block();

        assertThat(result.transitioned()).isPositive();
        List<Map<String, Object>> stored = db.sql("select due, state from milestone where project_id = :id")
                .bind("id", project).fetch().all().collectList().block();
        assertThat(stored).hasSizeGreaterThanOrEqualTo(DAYS_FROM_TODAY.size());
        assertThat(stored).allSatisfy(row -> {
            LocalDate due = (LocalDate) row.get("due");
            assertThat(MilestoneState.valueOf((String) row.get("state"))).as("due " + due)
                    .isEqualTo(MilestoneRules.state(due, null, false, today, new DueSoonWindow(rules.dueSoonDays())));
        });
    }

    @Test
    void aSecondSweepOnTheSameDayChangesNothing() {
        milestones.sweep(null).block();

        SweepResult again = milestones.sweep(null).block();

        assertThat(again.transitioned()).isZero();
        assertThat(again.derived()).isZero();
    }
}
