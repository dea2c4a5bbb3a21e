package org.jixiao.alert.delivery;

import java.time.Clock;

import org.jixiao.alert.AlertsProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java delivery rules, built from the alert properties, and the clock deliveries are scheduled by. */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    /** Message texts link to the public address and give times in the service clock's zone. */
    @Bean
    AlertTexts alertTexts(PublicAddress publicAddress, Clock clock) {
        return new AlertTexts(publicAddress, clock.getZone());
    }

    /** Real elapsed time for scheduling deliveries, whatever the business clock says (see {@link DeliveryClock}). */
    @Bean
    @ConditionalOnMissingBean
    DeliveryClock deliveryClock() {
        return DeliveryClock.system();
    }

    @Bean
    MessageGrouping messageGrouping(AlertsProperties properties) {
        return new MessageGrouping(properties.delivery().groupWait(), properties.delivery().groupInterval());
    }

    @Bean
    QuietHours quietHours(AlertsProperties properties) {
        AlertsProperties.Quiet quiet = properties.quietHours();
        return new QuietHours(quiet.enabled(), quiet.start(), quiet.end(), quiet.holidays());
    }
}
