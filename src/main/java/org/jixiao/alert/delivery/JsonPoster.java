package org.jixiao.alert.delivery;

import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * Posts JSON to a webhook or a robot and hands back the answer's body. A non-2xx answer, a refused connection or no
 * answer within {@link #TIMEOUT} becomes a {@link DeliveryException}; HTTP 429 is one that is rate limited. Peers are
 * named by host only, because robot URLs carry their keys.
 */
final class JsonPoster {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** How long to wait after a 429 that does not say (Retry-After is optional). */
    static final long DEFAULT_RETRY_AFTER_SECONDS = 60;

    private static final int EXCERPT_CHARS = 200;

    private final WebClient web;
    private final JsonMapper jsonMapper;
    private final DeliveryClock clock;

    JsonPoster(WebClient.Builder builder, JsonMapper jsonMapper, DeliveryClock clock) {
        this.web = builder.build();
        this.jsonMapper = jsonMapper;
        this.clock = clock;
    }

    /**
     * @param what the kind of peer, for messages ("the DingTalk robot")
     * @return the answer's body, empty if it had none
     */
    Mono<String> post(String what, URI uri, JsonNode body, Map<String, String> headers) {
        String peer = what + " at " + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        byte[] json = jsonMapper.writeValueAsBytes(body);
        return web.post().uri(uri)
                .contentType(MediaType.APPLICATION_JSON)
                .headers(requestHeaders -> headers.forEach(requestHeaders::set))
                .bodyValue(json)
                .exchangeToMono(response -> response.bodyToMono(String.class).defaultIfEmpty("")
                        .flatMap(answer -> response.statusCode().is2xxSuccessful() ? Mono.just(answer)
                                : Mono.error(refused(peer, response.statusCode().value(),
                                        response.headers().asHttpHeaders().getFirst(HttpHeaders.RETRY_AFTER),
                                        answer))))
                .timeout(TIMEOUT)
                .onErrorMap(error -> !(error instanceof DeliveryException), error -> unreachable(peer, error));
    }

    /** The answer of a robot, which must be JSON: its HTTP 200 means nothing until the body says so. */
    JsonNode answer(String what, String body) {
        try {
            JsonNode answer = jsonMapper.readTree(body);
            if (answer == null || !answer.isObject()) {
                throw new DeliveryException(what + " answered without a JSON object: " + excerpt(body));
            }
            return answer;
        }
        catch (JacksonException ex) {
            throw new DeliveryException(what + " answered with something other than JSON: " + excerpt(body));
        }
    }

    private DeliveryException refused(String peer, int status, String retryAfter, String body) {
        String message = peer + " answered HTTP " + status + (body.isBlank() ? "" : ": " + excerpt(body));
        if (status == 429) {
            return new DeliveryException(message, true, retryAfterSeconds(retryAfter), null);
        }
        return new DeliveryException(message);
    }

    private static DeliveryException unreachable(String peer, Throwable error) {
        if (error instanceof TimeoutException) {
            return new DeliveryException(peer + " did not answer within " + TIMEOUT.toSeconds() + " s", error);
        }
        if (error instanceof WebClientRequestException request) {
            // The request exception's own message repeats the URL, key and all; its cause does not.
            Throwable cause = request.getMostSpecificCause();
            return new DeliveryException(peer + " could not be reached: " + cause.getMessage(), cause);
        }
        return new DeliveryException(peer + " failed: " + error, error);
    }

    /** Retry-After is either seconds or an HTTP date. */
    long retryAfterSeconds(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT_RETRY_AFTER_SECONDS;
        }
        try {
            return Math.max(0, Long.parseLong(header.strip()));
        }
        catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                return Math.max(1, Duration.between(clock.instant(), at.toInstant()).toSeconds());
            }
            catch (DateTimeParseException notADate) {
                return DEFAULT_RETRY_AFTER_SECONDS;
            }
        }
    }

    static String excerpt(String body) {
        String line = body.strip().replaceAll("\\s+", " ");
        return line.length() <= EXCERPT_CHARS ? line : line.substring(0, EXCERPT_CHARS) + "…";
    }
}
