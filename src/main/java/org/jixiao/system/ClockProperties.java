package org.jixiao.system;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param zone the time zone in which dates (deadlines, the fiscal year) are read; China uses one zone
 * @param fixed pins the business "now" to this instant (ISO, e.g. {@code 2025-12-01T09:00:00+08:00}) for demos
 *        and tests: deadlines, lights, alerts, audit times; unset means the real time. Delivering alert messages
 *        (when one is due, retries, claims, robot signatures) always goes by the real time, see docs/alerts.md
 */
@Validated
@ConfigurationProperties("jixiao.clock")
public record ClockProperties(@NotNull @DefaultValue("Asia/Shanghai") ZoneId zone, Instant fixed) {
}
