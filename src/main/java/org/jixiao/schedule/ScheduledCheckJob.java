package org.jixiao.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The Quartz side of a check: which check, nothing more. Runs on a Quartz worker thread, so it may wait for the
 * reactive work it starts. Never two at once across the cluster for the same check.
 */
@DisallowConcurrentExecution
public class ScheduledCheckJob extends QuartzJobBean {

    public static final String CHECK_KEY = "check";

    private final CheckRunner runner;

    public ScheduledCheckJob(CheckRunner runner) {
        this.runner = runner;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
        Check check = Check.byId(context.getMergedJobDataMap().getString(CHECK_KEY));
        CheckResult result = runner.run(check).block();
        if (result != null && !result.succeeded()) {
            // Recorded by the runner; Quartz need not retry before the next firing.
            throw new JobExecutionException(check.id() + " failed: " + result.error(), false);
        }
    }
}
