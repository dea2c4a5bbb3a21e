package org.jixiao.workbench.web;

import java.net.URI;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Until a printed or handed-out password is replaced, every page leads to the password form: nobody works with a
 * password that somebody else has seen.
 */
final class PasswordChangeRequiredFilter implements WebFilter {

    private static final Set<String> ALLOWED = Set.of(PasswordController.PASSWORD, "/logout");

    private final DefaultServerRedirectStrategy redirect = new DefaultServerRedirectStrategy();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (ALLOWED.contains(path) || WorkbenchSecurityConfiguration.isStatic(path)) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> context.getAuthentication() instanceof WorkbenchAuthentication login
                        && login.account().mustChangePassword())
                .defaultIfEmpty(false)
                .flatMap(mustChange -> mustChange
                        ? redirect.sendRedirect(exchange, URI.create(PasswordController.PASSWORD))
                        : chain.filter(exchange));
    }
}
