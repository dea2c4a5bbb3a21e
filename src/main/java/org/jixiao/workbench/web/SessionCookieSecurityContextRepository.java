package org.jixiao.workbench.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jixiao.security.AccountService;
import org.jixiao.workbench.SessionKeys;
import org.jixiao.workbench.SessionTicket;
import org.jixiao.workbench.WorkbenchProperties;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;

/**
 * Keeps a login in a signed cookie instead of a server-side session: any replica with the key accepts it, also after
 * a restart. Each request reads the account again, so a raised session version (logout, new password) or a deleted
 * account ends the session at once, and roles changed since the login apply at once.
 */
final class SessionCookieSecurityContextRepository implements ServerSecurityContextRepository {

    static final String COOKIE = "JIXIAO_SESSION";

    private final SessionKeys keys;
    private final AccountService accounts;
    private final WorkbenchProperties.Session settings;
    private final Clock clock;

    SessionCookieSecurityContextRepository(SessionKeys keys, AccountService accounts, WorkbenchProperties properties,
            Clock clock) {
        this.keys = keys;
        this.accounts = accounts;
        this.settings = properties.session();
        this.clock = clock;
    }

    @Override
    public Mono<Void> save(ServerWebExchange exchange, SecurityContext context) {
        if (context == null || !(context.getAuthentication() instanceof WorkbenchAuthentication login)) {
            exchange.getResponse().addCookie(cookie("", Duration.ZERO));
            return Mono.empty();
        }
        Instant expiresAt = clock.instant().plus(settings.timeout());
        SessionTicket ticket = new SessionTicket(login.account().id(), login.account().sessionVersion(), expiresAt);
        return keys.codec().doOnNext(codec -> exchange.getResponse()
                .addCookie(cookie(codec.encode(ticket), settings.timeout()))).then();
    }

    @Override
    public Mono<SecurityContext> load(ServerWebExchange exchange) {
        HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
        if (cookie == null || cookie.getValue().isEmpty()) {
            return Mono.empty();
        }
        return keys.codec()
                .flatMap(codec -> Mono.justOrEmpty(codec.decode(cookie.getValue(), clock.instant())))
                .flatMap(ticket -> accounts.find(ticket.accountId())
                        .filter(account -> account.sessionVersion() == ticket.sessionVersion()))
                .map(account -> new SecurityContextImpl(new WorkbenchAuthentication(account)));
    }

    private ResponseCookie cookie(String value, Duration maxAge) {
        return ResponseCookie.from(COOKIE, value).path("/").httpOnly(true).sameSite("Lax")
                .secure(settings.secureCookie()).maxAge(maxAge).build();
    }
}
