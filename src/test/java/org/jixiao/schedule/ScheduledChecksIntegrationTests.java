package org.jixiao.schedule;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The checks run on real Quartz with the JDBC job store on the embedded PostgreSQL. */
@IntegrationTest
@TestPropertySource(properties = "jixiao.checks.milestone-sweep=* * * * * ?")
class ScheduledChecksIntegrationTests {

    @Autowired
    Scheduler scheduler;

    @Autowired
    DatabaseClient db;

    @Autowired
    WebTestClient admin;

    @Test
    void everyCheckHasANamedJobAndCronTriggerInAClusteredJdbcStore() throws SchedulerException {
        Set<TriggerKey> triggers = scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(Check.GROUP));

        assertThat(triggers.stream().map(TriggerKey::getName).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("milestone-sweep", "light-evaluation", "prometheus-pull",
                        "measurement-missing");
        CronTrigger sweep = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey("milestone-sweep", Check.GROUP));
        assertThat(sweep.getCronExpression()).isEqualTo("* * * * * ?");
        assertThat(sweep.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
    }

    @Test
    void theTriggerFiresTheSweep() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(db.sql("select last_success_at from check_run where check_name = 'milestone-sweep'")
                        .map(row -> row.get("last_success_at", java.time.OffsetDateTime.class)).one()
                        .blockOptional()).isPresent());
        // The sweep fires every second here, so the API may catch the next run in progress (RUNNING): poll.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                admin.get().uri("/api/v1/checks").exchange().expectStatus().isOk()
                        .expectBody().jsonPath("$[?(@.check == 'milestone-sweep')].lastOutcome").isEqualTo("OK"));
    }

    @Test
    void theQuartzActuatorEndpointIsExposed() {
        admin.get().uri("/actuator/quartz/triggers").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.groups.checks").exists();
    }
}
