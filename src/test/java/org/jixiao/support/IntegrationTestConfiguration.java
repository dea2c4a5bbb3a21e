package org.jixiao.support;

import java.time.Clock;

import org.jixiao.system.ClockProperties;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;

/**
 * What every integration test context has besides the service: the business clock and the delivery clock, both of
 * which tests can move, and a WebTestClient that acts as the administrator (the security tests build clients of
 * their own).
 */
@TestConfiguration(proxyBeanMethods = false)
class IntegrationTestConfiguration {

    @Bean
    @Primary
    MovableClock movableClock(ClockProperties properties) {
        return new MovableClock(properties.fixed() != null ? Clock.fixed(properties.fixed(), properties.zone())
                : Clock.system(properties.zone()));
    }

    /** Real time, as in production, whatever {@code jixiao.clock.fixed} pins the business clock to. */
    @Bean
    @Primary
    MovableDeliveryClock movableDeliveryClock() {
        return new MovableDeliveryClock();
    }

    @Bean
    WebTestClientBuilderCustomizer adminCredentials() {
        return builder -> builder.defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.ADMIN));
    }
}
