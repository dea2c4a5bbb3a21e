package org.jixiao.schedule;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One durable job and one cron trigger per check, each named (check, {@value Check#GROUP}). The JDBC job store is
 * clustered, so every firing runs on exactly one replica; a firing missed while every replica was down runs once
 * when the first one starts (fire-and-proceed misfire handling).
 */
@Configuration(proxyBeanMethods = false)
class QuartzConfiguration {

    @Bean
    SchedulerFactoryBeanCustomizer checkSchedules(ChecksProperties properties, Clock clock) {
        List<JobDetail> jobs = new ArrayList<>();
        List<Trigger> triggers = new ArrayList<>();
        for (Check check : Check.values()) {
            JobDetail job = JobBuilder.newJob(ScheduledCheckJob.class)
                    .withIdentity(check.id(), Check.GROUP)
                    .withDescription("Jixiao check " + check.id())
                    .usingJobData(ScheduledCheckJob.CHECK_KEY, check.id())
                    .storeDurably()
                    .build();
            jobs.add(job);
            triggers.add(TriggerBuilder.newTrigger()
                    .forJob(job)
                    .withIdentity(check.id(), Check.GROUP)
                    .withSchedule(CronScheduleBuilder.cronSchedule(properties.cronOf(check))
                            .inTimeZone(TimeZone.getTimeZone(clock.getZone()))
                            .withMisfireHandlingInstructionFireAndProceed())
                    .build());
        }
        return factory -> {
            factory.setJobDetails(jobs.toArray(JobDetail[]::new));
            factory.setTriggers(triggers.toArray(Trigger[]::new));
        };
    }
}
