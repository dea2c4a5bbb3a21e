package org.jixiao.system.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jixiao.system.error.FieldViolation;
import org.jixiao.system.text.Messages;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes a problem as {@code application/problem+json}, its title, detail and field messages in the language the
 * request asked for ({@code Accept-Language}; Chinese by default); used by the error handler and the security
 * handlers.
 */
@Component
public class ProblemWriter {

    private final JsonMapper jsonMapper;

    public ProblemWriter(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    public Mono<Void> write(ServerWebExchange exchange, Problem problem) {
        Locale locale = exchange.getLocaleContext().getLocale();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type().toString());
        body.put("title", ProblemTypes.title(problem.type(), problem.status(), locale));
        body.put("status", problem.status().value());
        body.put("detail", Messages.render(problem.detail(), locale));
        body.put("instance", exchange.getRequest().getPath().value());
        problem.extensions().forEach((name, value) -> body.put(name, rendered(value, locale)));
        byte[] json = jsonMapper.writeValueAsBytes(body);
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(problem.status());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(json.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(json)));
    }

    /** Field violations as {@code {"field": ..., "message": ...}} with the message in the request's language. */
    private static Object rendered(Object value, Locale locale) {
        if (value instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof FieldViolation) {
            return list.stream().map(violation -> (FieldViolation) violation)
                    .map(violation -> new FieldError(violation.field(), Messages.render(violation.text(), locale)))
                    .toList();
        }
        return value;
    }

    private record FieldError(String field, String message) {
    }
}
