package org.jixiao.schedule;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.calendar.WorkingCalendar;
import org.jixiao.source.MissingMeasurements;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;

import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * One durable job per check, named (check, {@value Check#GROUP}); its cron trigger is kept by {@link CheckSchedules}.
 * The JDBC job store is clustered, so every firing runs on exactly one replica.
 */
@Configuration(proxyBeanMethods = false)
class QuartzConfiguration {

    @Bean
    SchedulerFactoryBeanCustomizer checkJobs() {
        List<JobDetail> jobs = new ArrayList<>();
        for (Check check : Check.values()) {
            JobDetail job = JobBuilder.newJob(ScheduledCheckJob.class)
                    .withIdentity(check.id(), Check.GROUP)
                    .withDescription("Jixiao check " + check.id())
                    .usingJobData(ScheduledCheckJob.CHECK_KEY, check.id())
                    .storeDurably()
                    // A check that was running on a replica that died is run again by a survivor at once; every
                    // check covers everything each time, so a second run only repeats the same writes.
                    .requestRecovery()
                    .build();
            jobs.add(job);
        }
        return factory -> factory.setJobDetails(jobs.toArray(JobDetail[]::new));
    }

    /** The quiet-feed finder, with the allowance set among the checks' properties. */
    @Bean
    MissingMeasurements missingMeasurements(DatabaseClient db, WorkingCalendar calendar, ChecksProperties properties,
            Clock clock) {
        return new MissingMeasurements(db, calendar, properties.measurementMissingAfterWorkingDays(), clock);
    }
}
