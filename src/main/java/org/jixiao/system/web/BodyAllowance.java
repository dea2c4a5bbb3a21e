package org.jixiao.system.web;

import java.util.function.Predicate;

import org.jixiao.system.text.Message;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * A larger body limit than {@code jixiao.api.max-request-size} for the requests a feature names (uploaded workbooks),
 * with the refusal to give when a declared length exceeds it. The feature reads such bodies itself and enforces
 * the same limit on bodies sent without a length.
 */
public record BodyAllowance(Predicate<ServerHttpRequest> appliesTo, long maxBytes, Message refusal) {
}
