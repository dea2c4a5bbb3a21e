package org.jixiao.support;

import java.time.Clock;

import org.jixiao.system.ClockProperties;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;

/**
 * What every integration test context has besides the service: a clock tests can move, and a WebTestClient that
 * acts as the administrator (the security tests build clients of their own).
 */
@TestConfiguration(proxyBeanMethods = false)
class IntegrationTestConfiguration {

    @Bean
    @Primary
    MovableClock movableClock(ClockProperties properties) {
        return new MovableClock(properties.fixed() != null ? Clock.fixed(properties.fixed(), properties.zone())
                : Clock.system(properties.zone()));
    }

    @Bean
    WebTestClientBuilderCustomizer adminCredentials() {
        return builder -> builder.defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.ADMIN));
    }
}
