package org.jixiao.alert;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestSheets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acknowledging an alert on the real database: the first acknowledgement of a firing stands, a second one is a
 * conflict that names the first and changes nothing — also when both arrive at once. Each test imports a project of
 * the year after today (never 2025) and adds a milestone that is already overdue, which raises its alert in the same
 * request.
 */
@IntegrationTest
class AlertAcknowledgementIntegrationTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    WebTestClient admin;

    @Autowired
    Clock clock;

    @Test
    void acknowledgingAnAcknowledgedAlertIsAConflictThatKeepsTheFirstComment() {
        long alert = firingAlert();
        JsonNode first = acknowledge(alert, "财务已在办理").expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode acknowledgement = first.get("acknowledgement");
        assertThat(acknowledgement.get("comment").asString()).isEqualTo("财务已在办理");

        acknowledge(alert, "重复确认").expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/conflict")
                .jsonPath("$.title").isEqualTo("冲突")
                .jsonPath("$.status").isEqualTo(409)
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail)
                        .contains("已由 " + acknowledgement.get("by").asString())
                        .contains(acknowledgement.get("at").asString()))
                .jsonPath("$.acknowledgement.by").isEqualTo(acknowledgement.get("by").asString())
                .jsonPath("$.acknowledgement.at").isEqualTo(acknowledgement.get("at").asString())
                .jsonPath("$.existing").isEqualTo("/api/v1/alerts/" + alert);
        // Without a body, too: it used to replace the comment with nothing.
        admin.post().uri("/api/v1/alerts/{id}/acknowledgement", alert).exchange().expectStatus().isEqualTo(409);

        assertThat(get(alert)).as("nothing changed, not even updatedAt").isEqualTo(first);
        assertThat(acknowledgementsAudited(alert)).isEqualTo(1);
    }

    @Test
    void ofTwoAcknowledgementsAtOnceExactlyOneWins() {
        long alert = firingAlert();

        List<EntityExchangeResult<JsonNode>> answers = List.of("甲先确认", "乙先确认").stream()
                .map(comment -> CompletableFuture.supplyAsync(() -> acknowledge(alert, comment).expectBody(JsonNode.class)
                        .returnResult()))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(answer -> answer.getStatus().value()).containsExactlyInAnyOrder(200, 409);
        JsonNode winner = answers.stream().filter(answer -> answer.getStatus().value() == 200).findFirst()
                .orElseThrow().getResponseBody();
        JsonNode loser = answers.stream().filter(answer -> answer.getStatus().value() == 409).findFirst()
                .orElseThrow().getResponseBody();
        assertThat(loser.get("acknowledgement")).isEqualTo(winner.get("acknowledgement"));
        assertThat(get(alert).get("acknowledgement").get("comment").asString())
                .isEqualTo(winner.get("acknowledgement").get("comment").asString());
        assertThat(acknowledgementsAudited(alert)).isEqualTo(1);
    }

    private WebTestClient.ResponseSpec acknowledge(long alert, String comment) {
        return admin.post().uri("/api/v1/alerts/{id}/acknowledgement", alert).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("comment", comment)).exchange();
    }

    /**
     * A new project with a milestone due yesterday: its overdue alert is firing when the request answers.
     */
    private long firingAlert() {
        // A due date must fall in the project's fiscal year or a year next to it, and the shared context's clock is
        // the real one: the year after today is next to yesterday.
        int year = LocalDate.now(clock).getYear() + 1;
        long project = admin.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestSheets.json(TestSheets.variant("city-cloud-ops", year == 2025 ? 2024 : year,
                        "确认-城市云-" + SEQUENCE.incrementAndGet())))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asLong();
        long milestone = admin.post().uri("/api/v1/projects/{id}/milestones", project)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "确认-逾期", "due", LocalDate.now(clock).minusDays(1).toString())).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody().get("id")
                .asLong();
        JsonNode alert = admin.get().uri("/api/v1/alerts?project={id}&kind=MILESTONE_OVERDUE", project).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody().valueStream()
                .filter(each -> each.get("milestoneId").asLong() == milestone).findFirst().orElseThrow();
        assertThat(alert.get("state").asString()).isEqualTo("FIRING");
        return alert.get("id").asLong();
    }

    private JsonNode get(long alert) {
        return admin.get().uri("/api/v1/alerts/{id}", alert).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private long acknowledgementsAudited(long alert) {
        return admin.get().uri("/api/v1/audit?entity=alert&size=500").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("items").valueStream()
                .filter(event -> event.get("entityId").asString().equals(String.valueOf(alert))
                        && event.get("action").asString().equals("alert.acknowledge"))
                .count();
    }
}
