package org.jixiao.indicator;

import jakarta.validation.constraints.NotNull;

import org.jixiao.indicator.grammar.BeforeMonthReading;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param beforeMonthReading how {@code N月前} is read: {@code previous-month-end} (before month N begins, the
 *        default) or {@code end-of-month} (by the end of month N). Stored targets are re-read at start-up when it
 *        changes.
 */
@Validated
@ConfigurationProperties("jixiao.targets")
public record TargetProperties(@NotNull @DefaultValue("previous-month-end") BeforeMonthReading beforeMonthReading) {
}
