package org.jixiao.workbench.web;

import java.net.URI;

import reactor.core.publisher.Mono;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;

/** Back to the login form, saying whether the password was wrong or the account is locked. */
final class LoginFailureHandler implements ServerAuthenticationFailureHandler {

    private final DefaultServerRedirectStrategy redirect = new DefaultServerRedirectStrategy();

    @Override
    public Mono<Void> onAuthenticationFailure(WebFilterExchange exchange, AuthenticationException failure) {
        String why = failure instanceof LockedException ? "locked" : "error";
        return redirect.sendRedirect(exchange.getExchange(), URI.create(LoginController.LOGIN + "?" + why));
    }
}
