package org.jixiao.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A webhook endpoint on loopback that records every request (headers and JSON body) and answers 200, or, when told,
 * fails the next requests with a given status.
 */
public final class WebhookReceiver implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final List<Request> requests = new ArrayList<>();
    private int failuresLeft;
    private int failureStatus;
    private String failureRetryAfter;

    private WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public static WebhookReceiver start() throws IOException {
        return new WebhookReceiver();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/alerts";
    }

    /** The next {@code count} requests get {@code status} (and are still recorded). */
    public void failNext(int count, int status) {
        failNext(count, status, null);
    }

    public synchronized void failNext(int count, int status, String retryAfter) {
        failuresLeft = count;
        failureStatus = status;
        failureRetryAfter = retryAfter;
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            long receivedNanos = System.nanoTime();
            int status;
            String retryAfter;
            synchronized (this) {
                Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
                String text = new String(body, StandardCharsets.UTF_8);
                requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers,
                        text, json(text), receivedNanos));
                status = failuresLeft > 0 ? failureStatus : 200;
                retryAfter = failuresLeft > 0 ? failureRetryAfter : null;
                if (failuresLeft > 0) {
                    failuresLeft--;
                }
            }
            byte[] answer = (status == 200 ? "{\"accepted\":true}"
                    : "{\"error\":\"scripted failure\",\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            if (retryAfter != null) {
                exchange.getResponseHeaders().set("Retry-After", retryAfter);
            }
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        }
        catch (JacksonException ex) {
            return null;
        }
    }

    /**
     * One request as received; {@code json} is null when the body was not JSON. {@code receivedNanos} is
     * {@link System#nanoTime()} when its body had been read, for benchmarks that time a delivery end to end.
     */
    public record Request(String method, String path, Map<String, List<String>> headers, String body, JsonNode json,
            long receivedNanos) {

        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.getFirst();
        }
    }
}
