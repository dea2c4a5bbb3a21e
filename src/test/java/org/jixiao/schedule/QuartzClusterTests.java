package org.jixiao.schedule;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.flywaydb.core.Flyway;
import org.jixiao.system.database.EmbeddedDatabaseProperties;
import org.jixiao.system.database.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two scheduler instances on one database, configured like the service's (clustered JDBC job store on the tables
 * Flyway creates): every firing of a trigger runs exactly once, on one of them.
 */
class QuartzClusterTests {

    private static final int FIRINGS = 8;
    private static final Map<Long, AtomicInteger> RUNS_BY_FIRE_TIME = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> RUNS_BY_INSTANCE = new ConcurrentHashMap<>();

    @Test
    void eachFiringRunsOnceAcrossTheCluster(@TempDir Path data) throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(
                new EmbeddedDatabaseProperties(data, 0, "jixiao", false))) {
            Flyway.configure().dataSource(server.jdbcUrl(), server.username(), null)
                    .locations("classpath:db/migration").load().migrate();
            Scheduler first = scheduler(server, "first");
            // Quartz keeps one scheduler per name in a JVM-wide repository; a cluster shares its name, so the second
            // instance can only be made once the first is out of the repository.
            SchedulerRepository.getInstance().remove("cluster-test");
            Scheduler second = scheduler(server, "second");
            assertThat(second).isNotSameAs(first);
            try {
                JobDetail job = JobBuilder.newJob(CountingJob.class).withIdentity("counting", "cluster-test").build();
                Trigger trigger = TriggerBuilder.newTrigger().withIdentity("counting", "cluster-test")
                        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(300)
                                .withRepeatCount(FIRINGS - 1))
                        .startNow().build();
                first.scheduleJob(job, trigger);
                first.start();
                second.start();

                await().atMost(Duration.ofSeconds(60)).until(() -> RUNS_BY_FIRE_TIME.size() >= FIRINGS);
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                        .until(() -> RUNS_BY_FIRE_TIME.size() == FIRINGS);
                assertThat(RUNS_BY_FIRE_TIME.values()).allSatisfy(runs -> assertThat(runs.get()).isEqualTo(1));
                assertThat(RUNS_BY_INSTANCE.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(FIRINGS);
                assertThat(checkedInInstances(server)).isEqualTo(2);
            }
            finally {
                first.shutdown(true);
                second.shutdown(true);
            }
        }
    }

    private static int checkedInInstances(EmbeddedPostgresServer server) throws java.sql.SQLException {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(server.jdbcUrl(),
                server.username(), null);
                java.sql.ResultSet rows = connection.createStatement().executeQuery(
                        "select count(*) from qrtz_scheduler_state where sched_name = 'cluster-test'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static Scheduler scheduler(EmbeddedPostgresServer server, String instance) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", "cluster-test");
        properties.setProperty("org.quartz.scheduler.instanceId", instance);
        properties.setProperty("org.quartz.threadPool.threadCount", "2");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        properties.setProperty("org.quartz.jobStore.driverDelegateClass",
                "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        properties.setProperty("org.quartz.jobStore.isClustered", "true");
        properties.setProperty("org.quartz.jobStore.clusterCheckinInterval", "1000");
        properties.setProperty("org.quartz.jobStore.dataSource", "db");
        properties.setProperty("org.quartz.dataSource.db.provider", "hikaricp");
        properties.setProperty("org.quartz.dataSource.db.driver", "org.postgresql.Driver");
        properties.setProperty("org.quartz.dataSource.db.URL", server.jdbcUrl());
        properties.setProperty("org.quartz.dataSource.db.user", server.username());
        properties.setProperty("org.quartz.dataSource.db.password", "");
        properties.setProperty("org.quartz.dataSource.db.maxConnections", "4");
        StdSchedulerFactory factory = new StdSchedulerFactory(properties);
        return factory.getScheduler();
    }

    /** Counts each run by the firing it belongs to and by the instance that ran it. */
    @DisallowConcurrentExecution
    public static class CountingJob implements Job {

        @Override
        public void execute(JobExecutionContext context) {
            RUNS_BY_FIRE_TIME.computeIfAbsent(context.getScheduledFireTime().getTime(), key -> new AtomicInteger())
                    .incrementAndGet();
            try {
                RUNS_BY_INSTANCE.computeIfAbsent(context.getScheduler().getSchedulerInstanceId(),
                        key -> new AtomicInteger()).incrementAndGet();
            }
            catch (org.quartz.SchedulerException ex) {
                throw new IllegalStateException(ex);
            }
        }
    }
}
