package org.jixiao.security.web;

import java.time.Duration;
import java.util.List;

import org.jixiao.security.ApiTokenService;
import org.jixiao.security.BearerAuthenticationManager;
import org.jixiao.security.CallerAuthentication;
import org.jixiao.security.JwtCallerConverter;
import org.jixiao.security.OutboundUrlPolicy;
import org.jixiao.security.Role;
import org.jixiao.security.SecurityProperties;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityReactiveAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Who may reach what, by path and method (docs/security.md has the full table). Resource-level rules (which
 * projects a caller sees or may write) are applied by the services with {@code AccessRules}. Stateless: every request
 * carries its bearer token; no session, no cookies, so no CSRF exposure.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] READERS = {Role.ADMIN.name(), Role.OWNER.name(), Role.MANAGER.name(),
            Role.EVALUATOR.name(), Role.VIEWER.name()};

    @Bean
    BearerAuthenticationManager bearerAuthenticationManager(ApiTokenService tokens, SecurityProperties properties,
            ObjectProvider<ReactiveJwtDecoder> jwtDecoder) {
        ReactiveJwtDecoder decoder = jwtDecoder.getIfAvailable();
        JwtReactiveAuthenticationManager jwt = null;
        if (decoder != null) {
            JwtCallerConverter converter = new JwtCallerConverter(properties.jwt());
            jwt = new JwtReactiveAuthenticationManager(decoder);
            jwt.setJwtAuthenticationConverter(token -> Mono.just(CallerAuthentication.of(converter.convert(token))));
        }
        return new BearerAuthenticationManager(tokens, properties.metrics().scrapeToken(), jwt);
    }

    @Bean
    OutboundUrlPolicy outboundUrlPolicy(SecurityProperties properties) {
        return new OutboundUrlPolicy(properties.outboundHosts());
    }

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, BearerAuthenticationManager manager,
            ProblemAuthenticationHandlers problems, SecurityProperties properties) {
        AuthenticationWebFilter bearer = new AuthenticationWebFilter(manager);
        bearer.setServerAuthenticationConverter(new ServerBearerTokenAuthenticationConverter());
        bearer.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(problems));
        bearer.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
        boolean publicScrape = properties.metrics().publicScrape();
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .anonymous(ServerHttpSecurity.AnonymousSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .addFilterAt(bearer, SecurityWebFiltersOrder.AUTHENTICATION)
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .cors(cors -> {
                    if (properties.corsAllowedOrigins().isEmpty()) {
                        cors.disable();
                    }
                    else {
                        cors.configurationSource(corsSource(properties.corsAllowedOrigins()));
                    }
                })
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
                                        + " img-src 'self' data:; frame-ancestors 'none'; form-action 'self'"))
                        .hsts(hsts -> hsts.maxAge(Duration.ofDays(365))))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .pathMatchers("/actuator/prometheus").access(publicScrape
                                ? (authentication, context) -> Mono.just(new AuthorizationDecision(true))
                                : AuthorityReactiveAuthorizationManager.hasAnyAuthority(
                                        CallerAuthentication.METRICS_AUTHORITY, "ROLE_" + Role.ADMIN.name()))
                        .pathMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .pathMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                                "/webjars/swagger-ui/**").permitAll()
                        .pathMatchers(HttpMethod.POST, "/api/v1/sheets").hasRole(Role.ADMIN.name())
                        .pathMatchers(HttpMethod.PUT, "/api/v1/projects/*/sheet")
                                .hasAnyRole(Role.ADMIN.name(), Role.OWNER.name())
                        .pathMatchers(HttpMethod.DELETE, "/api/v1/projects/*").hasRole(Role.ADMIN.name())
                        .pathMatchers("/api/v1/audit", "/api/v1/audit/**").hasRole(Role.ADMIN.name())
                        .pathMatchers("/api/v1/checks", "/api/v1/checks/**").hasRole(Role.ADMIN.name())
                        .pathMatchers(HttpMethod.POST, "/api/v1/indicators/*/measurements", "/api/v1/measurements",
                                "/api/v1/projects/*/payments", "/api/v1/projects/*/milestones",
                                "/api/v1/milestones/*/completion", "/api/v1/milestones/*/waiver")
                                .hasAnyRole(Role.ADMIN.name(), Role.OWNER.name())
                        .pathMatchers(HttpMethod.PUT, "/api/v1/projects/*/evaluation/*")
                                .hasAnyRole(Role.ADMIN.name(), Role.EVALUATOR.name())
                        .pathMatchers(HttpMethod.POST, "/api/v1/projects/*/evaluation/*/finalize",
                                "/api/v1/projects/*/evaluation/*/reopen")
                                .hasAnyRole(Role.ADMIN.name(), Role.EVALUATOR.name())
                        .pathMatchers(HttpMethod.PUT, "/api/v1/indicators/*/source")
                                .hasAnyRole(Role.ADMIN.name(), Role.OWNER.name())
                        .pathMatchers(HttpMethod.DELETE, "/api/v1/indicators/*/source")
                                .hasAnyRole(Role.ADMIN.name(), Role.OWNER.name())
                        .pathMatchers("/api/v1/tokens", "/api/v1/tokens/**").hasAnyRole(READERS)
                        .pathMatchers(HttpMethod.POST, "/api/v1/alerts/*/acknowledgement")
                                .hasAnyRole(Role.ADMIN.name(), Role.MANAGER.name(), Role.OWNER.name())
                        .pathMatchers("/api/v1/subscriptions", "/api/v1/subscriptions/**").hasAnyRole(READERS)
                        .pathMatchers(HttpMethod.POST, "/api/v1/silences")
                                .hasAnyRole(Role.ADMIN.name(), Role.MANAGER.name())
                        .pathMatchers(HttpMethod.DELETE, "/api/v1/silences/*")
                                .hasAnyRole(Role.ADMIN.name(), Role.MANAGER.name())
                        .pathMatchers(HttpMethod.GET, "/api/**").hasAnyRole(READERS)
                        .anyExchange().hasRole(Role.ADMIN.name()))
                .build();
    }

    private static UrlBasedCorsConfigurationSource corsSource(List<String> origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins);
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type"));
        cors.setExposedHeaders(List.of("Location"));
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }
}
