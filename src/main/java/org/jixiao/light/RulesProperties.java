package org.jixiao.light;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.jixiao.indicator.TargetProperties;
import org.jixiao.milestone.DueSoonWindow;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/**
 * The monitoring rule pack (docs/monitoring-rules.md); defaults are the central rules of domain §5.
 *
 * @param reminderDays days before a due date at which reminders go out; the largest is the "due soon" window
 * @param executionRed execution ÷ time progress × 100 below this is red
 * @param executionGreen at or above this is green (yellow between)
 * @param indicatorRed a cumulative indicator below this % of its pro-rata share is red
 * @param indicatorGreen at or above this % is green (yellow between)
 * @param indicatorBlue at or above this % is blue: the target may have been set too low
 */
@Validated
@ConfigurationProperties("jixiao.rules")
public record RulesProperties(
        @NotEmpty @DefaultValue({"30", "7", "3", "1"}) List<Integer> reminderDays,
        @NotNull @DefaultValue("60") BigDecimal executionRed,
        @NotNull @DefaultValue("80") BigDecimal executionGreen,
        @NotNull @DefaultValue("60") BigDecimal indicatorRed,
        @NotNull @DefaultValue("80") BigDecimal indicatorGreen,
        @NotNull @DefaultValue("120") BigDecimal indicatorBlue) {

    @Configuration(proxyBeanMethods = false)
    static class RulePackConfiguration {

        @Bean
        RulePack rulePack(RulesProperties rules, TargetProperties targets) {
            return new RulePack("configured", rules.reminderDays(), rules.executionRed(), rules.executionGreen(),
                    rules.indicatorRed(), rules.indicatorGreen(), rules.indicatorBlue(),
                    targets.beforeMonthReading());
        }

        /** Milestones turn due soon at the earliest reminder, so they need only that one figure of the pack. */
        @Bean
        DueSoonWindow dueSoonWindow(RulePack rulePack) {
            return new DueSoonWindow(rulePack.dueSoonDays());
        }
    }
}
