package org.jixiao.alert;

import java.time.Clock;

import org.jixiao.alert.delivery.AlertTexts;
import org.jixiao.alert.delivery.QuietHours;
import org.jixiao.light.RulePack;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java alert rules, built from the rule pack and the alert properties. */
@Configuration(proxyBeanMethods = false)
class AlertConfiguration {

    @Bean
    AlertCadence alertCadence(RulePack pack, AlertsProperties properties) {
        return new AlertCadence(pack.reminderDays(), properties.overdueDailyForDays(),
                properties.overdueRepeatEveryDays(), properties.overdueCriticalAfterDays());
    }

    @Bean
    AlertReconciler alertReconciler(AlertCadence cadence) {
        return new AlertReconciler(cadence);
    }

    /** Message texts link to {@code public-url} and give times in the service clock's zone. */
    @Bean
    AlertTexts alertTexts(AlertsProperties properties, Clock clock) {
        return new AlertTexts(properties.publicUrl(), clock.getZone());
    }

    @Bean
    QuietHours quietHours(AlertsProperties properties) {
        AlertsProperties.Quiet quiet = properties.quietHours();
        return new QuietHours(quiet.enabled(), quiet.start(), quiet.end(), quiet.holidays());
    }
}
