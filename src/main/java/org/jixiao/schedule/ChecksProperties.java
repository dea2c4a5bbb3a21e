package org.jixiao.schedule;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When each check runs: Quartz cron expressions (seconds first) in the clock's time zone.
 *
 * @param milestoneSweep derive milestones from targets and move them to today's state
 * @param lightEvaluation judge and store every project's and indicator's light
 * @param prometheusPull pull the actuals of indicators bound to Prometheus
 * @param measurementMissing find bound indicators without a recent actual
 * @param measurementMissingAfterWorkingDays how many working days without an actual count as missing
 */
@Validated
@ConfigurationProperties("jixiao.checks")
public record ChecksProperties(
        @Valid @NotNull @DefaultValue("0 5 * * * ?") String milestoneSweep,
        @Valid @NotNull @DefaultValue("0 */15 * * * ?") String lightEvaluation,
        @Valid @NotNull @DefaultValue("0 */5 * * * ?") String prometheusPull,
        @NotBlank @DefaultValue("0 30 8 * * ?") String measurementMissing,
        @Min(1) @DefaultValue("3") int measurementMissingAfterWorkingDays) {

    public String cronOf(Check check) {
        return switch (check) {
            case MILESTONE_SWEEP -> milestoneSweep;
            case LIGHT_EVALUATION -> lightEvaluation;
            case PROMETHEUS_PULL -> prometheusPull;
            case MEASUREMENT_MISSING -> measurementMissing;
        };
    }
}
