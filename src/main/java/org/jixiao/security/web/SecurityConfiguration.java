package org.jixiao.security.web;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.jixiao.security.AccessRules;
import org.jixiao.security.ApiTokenService;
import org.jixiao.security.BearerAuthenticationManager;
import org.jixiao.security.Caller;
import org.jixiao.security.CallerAuthentication;
import org.jixiao.security.JwtCallerConverter;
import org.jixiao.security.OutboundUrlPolicy;
import org.jixiao.security.Role;
import org.jixiao.security.SecurityProperties;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorityReactiveAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Who is calling, and the few paths open to anyone (health probes, the API documentation, the Prometheus scrape as
 * configured). Beyond that the paths only tell callers from strangers: what a caller may do is decided by the
 * services with {@link AccessRules} (docs/security.md has the full table), so that a rule lives in one place and
 * holds whichever way an operation is reached. Stateless: every request carries its bearer token; no session, no
 * cookies, so no CSRF exposure. This chain answers only the API, the actuator and the API documentation (
 * {@link #API_PATHS}); every other path belongs to the workbench's pages and their own chain.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The paths of the bearer-token chain; the workbench's chain takes everything else. */
    static final String[] API_PATHS = {"/api/**", "/actuator", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**",
            "/swagger-ui.html", "/swagger-ui/**", "/webjars/swagger-ui/**"};

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
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, BearerAuthenticationManager manager,
            ProblemAuthenticationHandlers problems, SecurityProperties properties) {
        AuthenticationWebFilter bearer = new AuthenticationWebFilter(manager);
        bearer.setServerAuthenticationConverter(new ServerBearerTokenAuthenticationConverter());
        bearer.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(problems));
        bearer.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
        boolean publicScrape = properties.metrics().publicScrape();
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers(API_PATHS))
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
                        .pathMatchers("/actuator/**").access(callerWho(AccessRules::canReadActuator))
                        .pathMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                                "/webjars/swagger-ui/**").permitAll()
                        .anyExchange().access(callerWho(AccessRules::canUseApi)))
                .build();
    }

    /**
     * Lets in an authenticated caller the rule admits. Without credentials the answer is 401 (the entry point), with
     * a caller the rule refuses 403.
     */
    private static ReactiveAuthorizationManager<AuthorizationContext> callerWho(Predicate<Caller> rule) {
        return (authentication, context) -> authentication
                .<AuthorizationResult>map(given -> new AuthorizationDecision(given.isAuthenticated()
                        && given.getPrincipal() instanceof Caller caller && rule.test(caller)))
                .defaultIfEmpty(new AuthorizationDecision(false));
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
