package org.jixiao.alert;

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
}
