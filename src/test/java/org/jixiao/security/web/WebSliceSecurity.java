package org.jixiao.security.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.jixiao.security.SecurityProperties;
import org.jixiao.system.web.ApiProperties;
import org.jixiao.system.web.ProblemWriter;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The service's own security configuration and 401/403 answers in a {@code @WebFluxTest} slice, so that a slice
 * authenticates and refuses exactly as the service does. The slice picks up {@code ProblemExceptionHandler} by
 * itself (it is a {@code WebExceptionHandler}). The test declares an {@code @MockitoBean ApiTokenService} and lets
 * {@code TestTokens.recognisedBy} teach it the test tokens: the token lookup is the one edge that is mocked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({SecurityConfiguration.class, ProblemAuthenticationHandlers.class, ProblemWriter.class})
@ImportAutoConfiguration(ReactiveWebSecurityAutoConfiguration.class)
@EnableConfigurationProperties({SecurityProperties.class, ApiProperties.class})
public @interface WebSliceSecurity {
}
