package org.jixiao.system.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.error.StorableText;
import org.jixiao.system.text.Message;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Query parameters go into SQL filters ({@code ?q=}, {@code ?department=}, {@code ?actor=}), where PostgreSQL
 * refuses U+0000; they are checked here once, for every endpoint, with the same rule as JSON strings, and refused
 * with the parameter's name (400) before a handler runs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class StorableQueryParameters implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        for (Map.Entry<String, List<String>> parameter : exchange.getRequest().getQueryParams().entrySet()) {
            Optional<Message> problem = StorableText.problem(parameter.getKey());
            for (String value : parameter.getValue()) {
                problem = problem.or(() -> StorableText.problem(value));
            }
            if (problem.isPresent()) {
                return Mono.error(InvalidInputException.malformed(parameter.getKey(), problem.get()));
            }
        }
        return chain.filter(exchange);
    }
}
