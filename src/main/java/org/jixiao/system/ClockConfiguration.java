package org.jixiao.system;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * All domain time comes from this clock, so a demo or a test can pin it. Scheduling the delivery of alert messages
 * does not: it needs time that passes (the alerts' {@code DeliveryClock}).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    Clock clock(ClockProperties properties) {
        if (properties.fixed() != null) {
            log.warn("The clock is fixed at {} (jixiao.clock.fixed): deadlines, lights and alerts are judged as of "
                    + "then; alert messages are still sent and retried in real time", properties.fixed());
            return Clock.fixed(properties.fixed(), properties.zone());
        }
        return Clock.system(properties.zone());
    }
}
