package org.jixiao.schedule;

import java.time.Clock;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Keeps each check's cron trigger as configured, touching it only when the configuration differs from what the
 * cluster has. Replacing an unchanged trigger at every start (what {@code overwrite-existing-jobs} does) resets its
 * state: a replica joining while another was firing it would fire the same time again, so a rolling restart would run
 * checks twice. A firing missed while every replica was down runs once when the first one starts (fire-and-proceed).
 */
@Component
class CheckSchedules implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CheckSchedules.class);

    private final Scheduler scheduler;
    private final ChecksProperties properties;
    private final TimeZone zone;

    CheckSchedules(Scheduler scheduler, ChecksProperties properties, Clock clock) {
        this.scheduler = scheduler;
        this.properties = properties;
        this.zone = TimeZone.getTimeZone(clock.getZone());
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            for (Check check : Check.values()) {
                keep(check);
            }
        }
        catch (SchedulerException ex) {
            throw new IllegalStateException("Could not schedule the checks: " + ex.getMessage(), ex);
        }
    }

    private void keep(Check check) throws SchedulerException {
        TriggerKey key = TriggerKey.triggerKey(check.id(), Check.GROUP);
        String cron = properties.cronOf(check);
        Trigger existing = scheduler.getTrigger(key);
        if (existing instanceof CronTrigger current && current.getCronExpression().equals(cron)
                && current.getTimeZone().getID().equals(zone.getID())
                && current.getMisfireInstruction() == CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW) {
            return;
        }
        Trigger trigger = TriggerBuilder.newTrigger()
                .forJob(JobKey.jobKey(check.id(), Check.GROUP))
                .withIdentity(key)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(zone)
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        if (existing == null) {
            try {
                scheduler.scheduleJob(trigger);
                log.info("Scheduled check {}: {} ({})", check.id(), cron, zone.getID());
            }
            catch (ObjectAlreadyExistsException ex) {
                // Another replica starting at the same moment scheduled it first; it is the same schedule.
                log.debug("Check {} was scheduled by another replica", check.id());
            }
        }
        else {
            scheduler.rescheduleJob(key, trigger);
            log.info("Schedule of check {} changed to {} ({})", check.id(), cron, zone.getID());
        }
    }
}
