package org.jixiao.workbench.web;

import java.net.URI;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;

/**
 * A page without a login goes to the login form. An htmx request (a filter change after the session ended) gets
 * 401 with {@code HX-Redirect}, so that htmx loads the login page as a whole instead of swapping it into a fragment.
 */
final class PageEntryPoint implements ServerAuthenticationEntryPoint {

    static final String HTMX_REQUEST = "HX-Request";

    private final RedirectServerAuthenticationEntryPoint redirect = new RedirectServerAuthenticationEntryPoint(
            LoginController.LOGIN);

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        if (exchange.getRequest().getHeaders().containsHeader(HTMX_REQUEST)) {
            exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
            exchange.getResponse().getHeaders().set("HX-Redirect", URI.create(LoginController.LOGIN).toString());
            return exchange.getResponse().setComplete();
        }
        return redirect.commence(exchange, failure);
    }
}
