package org.jixiao.system;

import java.time.ZoneId;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param zone the time zone in which dates (deadlines, the fiscal year) are read; China uses one zone
 */
@Validated
@ConfigurationProperties("jixiao.clock")
public record ClockProperties(@NotNull @DefaultValue("Asia/Shanghai") ZoneId zone) {
}
