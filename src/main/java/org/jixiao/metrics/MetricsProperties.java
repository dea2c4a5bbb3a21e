package org.jixiao.metrics;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param perIndicatorMaxProjects per-indicator series are exported while there are at most this many projects;
 *        beyond it only per-project and aggregate series are, so that the number of series stays bounded
 */
@Validated
@ConfigurationProperties("jixiao.metrics")
public record MetricsProperties(@Min(0) @DefaultValue("1000") int perIndicatorMaxProjects) {
}
