package org.jixiao.security.web;

import java.util.Map;

import org.jixiao.security.RejectedToken;
import org.jixiao.system.text.Message;
import org.jixiao.system.web.Problem;
import org.jixiao.system.web.ProblemTypes;
import org.jixiao.system.web.ProblemWriter;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/** 401 and 403 in the same problem+json shape as every other error. */
@Component
class ProblemAuthenticationHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private final ProblemWriter writer;

    ProblemAuthenticationHandlers(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        boolean credentialsGiven = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
        Message why = failure instanceof RejectedToken rejected ? rejected.text()
                : Message.verbatim(failure.getMessage());
        Message detail = credentialsGiven ? Message.of("problem.unauthenticated.rejected", why)
                : Message.of("problem.unauthenticated.missing", "Authorization: Bearer <token>");
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                credentialsGiven ? "Bearer realm=\"jixiao\", error=\"invalid_token\"" : "Bearer realm=\"jixiao\"");
        return writer.write(exchange, new Problem(ProblemTypes.UNAUTHENTICATED, HttpStatus.UNAUTHORIZED, detail,
                Map.of()));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange,
            org.springframework.security.access.AccessDeniedException denied) {
        return writer.write(exchange, new Problem(ProblemTypes.FORBIDDEN, HttpStatus.FORBIDDEN,
                Message.of("problem.forbidden.roles", exchange.getRequest().getMethod(),
                        exchange.getRequest().getPath().value()),
                Map.of()));
    }
}
