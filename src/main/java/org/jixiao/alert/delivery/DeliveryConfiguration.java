package org.jixiao.alert.delivery;

import java.time.Clock;

import org.jixiao.alert.AlertsProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java delivery rules, built from the alert properties. */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

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
