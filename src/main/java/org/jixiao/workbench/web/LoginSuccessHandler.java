package org.jixiao.workbench.web;

import java.net.URI;

import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;

/** To the portfolio, or first to the password form when the password was chosen by somebody else. */
final class LoginSuccessHandler implements ServerAuthenticationSuccessHandler {

    private final DefaultServerRedirectStrategy redirect = new DefaultServerRedirectStrategy();

    @Override
    public Mono<Void> onAuthenticationSuccess(WebFilterExchange exchange, Authentication authentication) {
        boolean mustChange = authentication instanceof WorkbenchAuthentication login
                && login.account().mustChangePassword();
        return redirect.sendRedirect(exchange.getExchange(),
                URI.create(mustChange ? PasswordController.PASSWORD : "/"));
    }
}
