package org.jixiao.deployment;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.jixiao.JixiaoApplication;
import org.jixiao.support.TestTokens;
import org.jixiao.support.WebhookReceiver;
import org.jixiao.system.database.EmbeddedDatabaseProperties;
import org.jixiao.system.database.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.listeners.JobListenerSupport;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three instances of the service, as three replicas of the chart would run, on one PostgreSQL: each firing of a
 * scheduled check runs on exactly one of them, an alert message is delivered once, the survivors take over when one
 * stops, and a stopping instance turns its readiness off before it goes.
 */
class ThreeReplicasIntegrationTests {

    /** Every firing of a check: (check, scheduled fire time) → the instances that ran it. */
    static final Map<String, List<String>> RUNS = new ConcurrentHashMap<>();
    /** Readiness changes, per instance, in order. */
    static final Map<String, List<ReadinessState>> READINESS = new ConcurrentHashMap<>();

    @TempDir
    Path data;

    @Test
    void threeReplicasShareTheWorkOnceAndSurviveOneStopping() throws Exception {
        try (EmbeddedPostgresServer database = EmbeddedPostgresServer.start(
                new EmbeddedDatabaseProperties(data, 0, "jixiao", false));
                WebhookReceiver hook = WebhookReceiver.start()) {
            List<ConfigurableApplicationContext> replicas = new ArrayList<>();
            try {
                for (String name : List.of("a", "b", "c")) {
                    replicas.add(start(name, database));
                }
                WebTestClient a = client(replicas.getFirst());

                // Each firing of the light evaluation (every 2 s) runs on one replica only.
                await().atMost(Duration.ofSeconds(30)).until(() -> firings().size() >= 5);
                assertThat(RUNS).allSatisfy((firing, instances) -> assertThat(instances).as(firing).hasSize(1));

                // An alert message goes out once, although three workers poll the outbox.
                a.post().uri("/api/v1/subscriptions").contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("kinds", List.of("MILESTONE_OVERDUE"),
                                "channel", Map.of("type", "WEBHOOK", "url", hook.url())))
                        .exchange().expectStatus().isCreated();
                long project = a.get().uri("/api/v1/projects?size=1").exchange().expectStatus().isOk()
                        .expectBody(JsonNode.class).returnResult().getResponseBody().get("items").get(0).get("id")
                        .asLong();
                String yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
                a.post().uri("/api/v1/projects/{id}/milestones", project).contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("title", "三副本验收", "due", yesterday)).exchange()
                        .expectStatus().isCreated();
                await().atMost(Duration.ofSeconds(20)).until(() -> requestsAbout(hook, "三副本验收") == 1);
                int firingsThen = firings().size();
                await().atMost(Duration.ofSeconds(20)).until(() -> firings().size() >= firingsThen + 3);
                assertThat(requestsAbout(hook, "三副本验收")).as("still one message after more checks").isEqualTo(1);
                assertThat(hook.requests().stream().map(request -> request.header("Idempotency-Key")))
                        .doesNotHaveDuplicates();

                // Replica a stops: its readiness goes off first, and b and c go on with the checks...
                replicas.removeFirst().close();
                Set<String> before = Set.copyOf(RUNS.keySet());
                assertThat(READINESS.get("a")).containsSubsequence(ReadinessState.ACCEPTING_TRAFFIC,
                        ReadinessState.REFUSING_TRAFFIC);
                assertThat(READINESS.get("b")).doesNotContain(ReadinessState.REFUSING_TRAFFIC);
                // Within the takeover time docs/operations.md promises ("about half a minute"; here the faster
                // check-in and idle wait set below make it seconds).
                await().atMost(Duration.ofSeconds(30)).until(() -> RUNS.keySet().stream()
                        .filter(firing -> !before.contains(firing)).count() >= 3);
                assertThat(RUNS.entrySet().stream().filter(run -> !before.contains(run.getKey()))
                        .flatMap(run -> run.getValue().stream())).doesNotContain("a").isNotEmpty();

                // ... and a message it had claimed when it died is sent by another once its lease runs out.
                DatabaseClient db = replicas.getFirst().getBean(DatabaseClient.class);
                Instant leaseEnds = Instant.now().plusSeconds(4);
                db.sql("""
                        with message as (
                            insert into alert_message (subscription_id, channel_type, recipient, group_key, state,
                                group_due_at, next_attempt_at, sealed_at, lease_until, claimed_by, created_at)
                            select subscription_id, channel_type, recipient, group_key, 'PENDING', now(), now(), now(),
                                   :leaseEnds, 'a (stopped)', now()
                              from alert_message order by id desc limit 1
                            returning id)
                        insert into alert_delivery (alert_id, subscription_id, channel_type, recipient, event,
                            severity, state, message_id, created_at)
                        select d.alert_id, d.subscription_id, d.channel_type, d.recipient, 'REMINDER', d.severity,
                               'GROUPED', message.id, now()
                          from alert_delivery d cross join message order by d.id desc limit 1
                        """)
                        .bind("leaseEnds", leaseEnds.atOffset(java.time.ZoneOffset.UTC))
                        .fetch().rowsUpdated().block();
                // Nobody touches it while the lease holds (the workers look every 200 ms) ...
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
                        .until(() -> requestsAbout(hook, "三副本验收") == 1);
                // ... and then one of the survivors sends it.
                await().atMost(Duration.ofSeconds(15)).until(() -> requestsAbout(hook, "三副本验收") == 2);
            }
            finally {
                for (ConfigurableApplicationContext replica : replicas) {
                    replica.close();
                }
            }
        }
    }

    private static Set<String> firings() {
        return RUNS.keySet().stream().filter(firing -> firing.startsWith("light-evaluation@"))
                .collect(Collectors.toSet());
    }

    private static long requestsAbout(WebhookReceiver hook, String text) {
        return hook.requests().stream().filter(request -> request.body().contains(text)).count();
    }

    private static WebTestClient client(ConfigurableApplicationContext replica) {
        int port = ((WebServerApplicationContext) replica).getWebServer().getPort();
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.ADMIN))
                .responseTimeout(Duration.ofSeconds(20)).build();
    }

    /** Settings go in as command-line arguments: builder properties are defaults, which application.yml overrides. */
    private static ConfigurableApplicationContext start(String name, EmbeddedPostgresServer database) {
        String never = "0 0 0 1 1 ? 2099";
        return new SpringApplicationBuilder(JixiaoApplication.class, ReplicaObservers.class)
                .run("--replica.name=" + name,
                        "--server.port=0",
                        "--spring.r2dbc.url=r2dbc:postgresql://127.0.0.1:" + database.port() + "/"
                                + database.databaseName(),
                        "--spring.r2dbc.username=" + database.username(),
                        "--jixiao.demo-data.enabled=true",
                        "--jixiao.security.bootstrap-token=" + TestTokens.ADMIN,
                        "--jixiao.checks.light-evaluation=*/2 * * * * ?",
                        "--jixiao.checks.milestone-sweep=" + never,
                        "--jixiao.checks.prometheus-pull=" + never,
                        "--jixiao.checks.measurement-missing=" + never,
                        "--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=2000",
                        // A replica that found nothing to fire sleeps up to idleWaitTime (30 s by default) before it
                        // looks again, which is what bounds a takeover; one second keeps the test short.
                        "--spring.quartz.properties.org.quartz.scheduler.idleWaitTime=1000",
                        "--jixiao.alerts.delivery.poll-interval=200ms",
                        "--jixiao.alerts.delivery.lease=3s",
                        "--jixiao.alerts.delivery.initial-backoff=1s",
                        // A message waits for more of its group's alerts; a second keeps the test short.
                        "--jixiao.alerts.delivery.group-wait=1s");
    }

    /**
     * What the test watches in each replica: the Quartz jobs it runs and its readiness. Each replica also gets Reactor
     * Netty resources of its own, as a process of its own has: by default all contexts of a JVM share the global
     * ones, and the first replica to stop would dispose them under the others.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class ReplicaObservers {

        @Bean
        ReactorResourceFactory reactorResourceFactory() {
            ReactorResourceFactory resources = new ReactorResourceFactory();
            resources.setUseGlobalResources(false);
            return resources;
        }

        @Bean
        SchedulerFactoryBeanCustomizer recordRuns(@Value("${replica.name}") String name) {
            return scheduler -> scheduler.setGlobalJobListeners(new JobListenerSupport() {
                @Override
                public String getName() {
                    return "runs-of-" + name;
                }

                @Override
                public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
                    RUNS.computeIfAbsent(context.getJobDetail().getKey().getName() + "@"
                            + context.getScheduledFireTime().toInstant(), firing -> new CopyOnWriteArrayList<>())
                            .add(name);
                }
            });
        }

        @Bean
        ApplicationListener<AvailabilityChangeEvent<ReadinessState>> recordReadiness(
                @Value("${replica.name}") String name) {
            return event -> READINESS.computeIfAbsent(name, any -> new CopyOnWriteArrayList<>())
                    .add(event.getState());
        }
    }
}
