package org.jixiao.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;

/** Most integration tests act as the administrator; the security tests build clients of their own. */
@TestConfiguration(proxyBeanMethods = false)
class AdminWebTestClient {

    @Bean
    WebTestClientBuilderCustomizer adminCredentials() {
        return builder -> builder.defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.ADMIN));
    }
}
