package org.jixiao.source;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.util.UriComponentsBuilder;

/** Evaluates an instant query through Prometheus' HTTP API and insists on exactly one value. */
@Component
public class PrometheusClient {

    static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final WebClient web;

    public PrometheusClient(WebClient.Builder builder) {
        this.web = builder.build();
    }

    public Mono<BigDecimal> query(String baseUrl, String query, Instant time) {
        URI uri = UriComponentsBuilder.fromUriString(baseUrl).path("/api/v1/query")
                .queryParam("query", "{query}").queryParam("time", time.getEpochSecond())
                .encode().buildAndExpand(query).toUri();
        return web.get().uri(uri).retrieve().bodyToMono(JsonNode.class)
                .timeout(TIMEOUT)
                .onErrorMap(WebClientResponseException.class, failure -> new PrometheusQueryException(
                        "Prometheus answered " + failure.getStatusCode().value() + ": " + errorOf(failure)))
                .map(PrometheusClient::singleValue);
    }

    private static BigDecimal singleValue(JsonNode answer) {
        if (!"success".equals(answer.path("status").asString())) {
            throw new PrometheusQueryException("Prometheus reported " + answer.path("error").asString("an error"));
        }
        JsonNode data = answer.path("data");
        JsonNode sample = switch (data.path("resultType").asString()) {
            case "scalar" -> data.path("result");
            case "vector" -> {
                JsonNode result = data.path("result");
                if (result.isEmpty()) {
                    throw new PrometheusQueryException("the query returned no data");
                }
                if (result.size() > 1) {
                    throw new PrometheusQueryException("the query returned " + result.size()
                            + " series; it must return one value (aggregate it, e.g. with avg())");
                }
                yield result.get(0).path("value");
            }
            default -> throw new PrometheusQueryException("the query returned a "
                    + data.path("resultType").asString() + "; it must return one instant value");
        };
        String value = sample.path(1).asString();
        try {
            return new BigDecimal(value);
        }
        catch (NumberFormatException ex) {
            throw new PrometheusQueryException("the query returned " + value + ", not a number");
        }
    }

    private static String errorOf(WebClientResponseException failure) {
        String body = failure.getResponseBodyAsString();
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** Why a query gave no usable value. */
    public static class PrometheusQueryException extends RuntimeException {

        public PrometheusQueryException(String message) {
            super(message);
        }
    }
}
