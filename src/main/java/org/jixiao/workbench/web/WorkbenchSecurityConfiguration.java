package org.jixiao.workbench.web;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.jixiao.security.AccessRules;
import org.jixiao.security.AccountService;
import org.jixiao.security.Caller;
import org.jixiao.workbench.SessionKeys;
import org.jixiao.workbench.WorkbenchProperties;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.ServerLogoutHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * The workbench's pages: every path the API chain does not take. People log in with the form at {@code /login}; the
 * login travels in a signed cookie ({@link SessionCookieSecurityContextRepository}), forms carry a CSRF token kept
 * in a cookie, so no replica holds state. The principal is the same {@link Caller} as on the API, and a page asks
 * the same {@link AccessRules}. docs/workbench.md tells the whole story.
 */
@Configuration(proxyBeanMethods = false)
class WorkbenchSecurityConfiguration {

    private static final List<String> STATIC = List.of("/css/", "/js/", "/webjars/");

    static boolean isStatic(String path) {
        return STATIC.stream().anyMatch(path::startsWith) || "/favicon.ico".equals(path);
    }

    /** Replaces Boot's Accept-Language resolver for the whole service: API clients see no difference. */
    @Bean(name = "localeContextResolver")
    LocaleContextResolver localeContextResolver(@Value("${spring.web.locale:zh_CN}") Locale apiDefault) {
        return new LanguageResolver(apiDefault);
    }

    @Bean
    SessionCookieSecurityContextRepository sessionCookieSecurityContextRepository(SessionKeys keys,
            AccountService accounts, WorkbenchProperties properties, Clock clock) {
        return new SessionCookieSecurityContextRepository(keys, accounts, properties, clock);
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityWebFilterChain workbenchFilterChain(ServerHttpSecurity http, AccountService accounts,
            SessionCookieSecurityContextRepository sessions, WorkbenchProperties properties) {
        PageEntryPoint entryPoint = new PageEntryPoint();
        CookieServerCsrfTokenRepository csrfTokens = new CookieServerCsrfTokenRepository();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax")
                .secure(properties.session().secureCookie()));
        SecurityContextServerLogoutHandler forgetCookie = new SecurityContextServerLogoutHandler();
        forgetCookie.setSecurityContextRepository(sessions);
        ServerLogoutHandler endSessions = (exchange, authentication) ->
                authentication instanceof WorkbenchAuthentication login ? accounts.logout(login.account())
                        : Mono.empty();
        RedirectServerLogoutSuccessHandler loggedOut = new RedirectServerLogoutSuccessHandler();
        loggedOut.setLogoutSuccessUrl(URI.create(LoginController.LOGIN + "?logout"));
        return http
                .securityContextRepository(sessions)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .anonymous(ServerHttpSecurity.AnonymousSpec::disable)
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .formLogin(form -> form.loginPage(LoginController.LOGIN)
                        .authenticationManager(new AccountAuthenticationManager(accounts))
                        .securityContextRepository(sessions)
                        .authenticationEntryPoint(entryPoint)
                        .authenticationSuccessHandler(new LoginSuccessHandler())
                        .authenticationFailureHandler(new LoginFailureHandler()))
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutHandler(new DelegatingServerLogoutHandler(endSessions, forgetCookie))
                        .logoutSuccessHandler(loggedOut))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint))
                .addFilterAfter(new PasswordChangeRequiredFilter(), SecurityWebFiltersOrder.AUTHORIZATION)
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                                        + " img-src 'self' data:; frame-ancestors 'none'; form-action 'self'"))
                        .hsts(hsts -> hsts.maxAge(Duration.ofDays(365))))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(LoginController.LOGIN, "/css/**", "/js/**", "/webjars/**", "/favicon.ico")
                        .permitAll()
                        .anyExchange().access((authentication, context) -> authentication
                                .<AuthorizationResult>map(given -> new AuthorizationDecision(given.isAuthenticated()
                                        && given.getPrincipal() instanceof Caller caller
                                        && AccessRules.canUseApi(caller)))
                                .defaultIfEmpty(new AuthorizationDecision(false))))
                .build();
    }
}
