package org.jixiao.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chat robot on loopback that behaves like the real DingTalk, WeCom or Feishu one as far as a sender can tell: it
 * checks the URL's key, recomputes the signature from its own copy of the secret and its own clock (refusing a
 * timestamp more than an hour off), enforces the robot's real rate limit (DingTalk's ten-minute ban included) and
 * size limits, and answers HTTP 200 with the robot's own codes and words, success or not. It signs nothing and shares
 * no code with the senders.
 */
public final class RobotPeer implements AutoCloseable {

    public enum Kind {
        DINGTALK,
        WECOM,
        FEISHU
    }

    private static final Duration TIMESTAMP_TOLERANCE = Duration.ofHours(1);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Kind kind;
    private final String secret;
    private final Clock clock;
    private final HttpServer server;
    private final List<JsonNode> accepted = new ArrayList<>();
    private final List<String> acceptedQueries = new ArrayList<>();
    private final Deque<Instant> acceptedAt = new ArrayDeque<>();
    private int rejected;
    private int tooFastScripted;
    private int unavailableScripted;
    private Instant bannedUntil = Instant.MIN;

    private RobotPeer(Kind kind, String secret, Clock clock) throws IOException {
        this.kind = kind;
        this.secret = secret;
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A DingTalk robot; {@code secret} null for one that does not sign (then it checks keywords, not done here). */
    public static RobotPeer dingTalk(String secret, Clock clock) throws IOException {
        return new RobotPeer(Kind.DINGTALK, secret, clock);
    }

    public static RobotPeer weCom(Clock clock) throws IOException {
        return new RobotPeer(Kind.WECOM, null, clock);
    }

    public static RobotPeer feishu(String secret, Clock clock) throws IOException {
        return new RobotPeer(Kind.FEISHU, secret, clock);
    }

    public String url() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return switch (kind) {
            case DINGTALK -> base + "/robot/send?access_token=test";
            case WECOM -> base + "/cgi-bin/webhook/send?key=test-key";
            case FEISHU -> base + "/open-apis/bot/v2/hook/test-hook";
        };
    }

    /** The next {@code requests} requests are answered "too fast", whatever the window says. */
    public synchronized void answerTooFastFor(int requests) {
        tooFastScripted = requests;
    }

    /**
     * The next {@code requests} requests are answered HTTP 503 with no body, as the robot's gateway does when it is
     * briefly down: a plain failure, not a rate limit.
     */
    public synchronized void answerUnavailableFor(int requests) {
        unavailableScripted = requests;
    }

    /** The messages taken, as parsed JSON, in order. */
    public synchronized List<JsonNode> accepted() {
        return List.copyOf(accepted);
    }

    /** The raw query of each message taken (DingTalk signs there). */
    public synchronized List<String> acceptedQueries() {
        return List.copyOf(acceptedQueries);
    }

    /** How many requests were answered with a failure code (or, when scripted, HTTP 503). */
    public synchronized int rejected() {
        return rejected;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (unavailable()) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            String answer = judge(exchange.getRequestMethod(), exchange.getRequestURI(), body);
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private synchronized String judge(String method, URI uri, byte[] rawBody) {
        Map<String, String> query = query(uri.getRawQuery());
        String problem = addressProblem(method, uri, query);
        if (problem != null) {
            return reject(problem);
        }
        JsonNode body;
        try {
            body = JSON.readTree(rawBody);
        }
        catch (JacksonException ex) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            return reject(invalidBody("the body is not a JSON object"));
        }
        problem = signatureProblem(query, body);
        if (problem != null) {
            return reject(problem);
        }
        problem = contentProblem(body);
        if (problem != null) {
            return reject(problem);
        }
        if (tooFastScripted > 0) {
            tooFastScripted--;
            return reject(tooFast());
        }
        Instant now = clock.instant();
        if (now.isBefore(bannedUntil) || overLimit(now)) {
            if (kind == Kind.DINGTALK && !now.isBefore(bannedUntil)) {
                // Exceeding DingTalk's limit bans the robot's sender for ten minutes.
                bannedUntil = now.plus(Duration.ofMinutes(10));
            }
            return reject(tooFast());
        }
        acceptedAt.addLast(now);
        accepted.add(body);
        acceptedQueries.add(uri.getRawQuery() == null ? "" : uri.getRawQuery());
        return switch (kind) {
            case DINGTALK, WECOM -> "{\"errcode\":0,\"errmsg\":\"ok\"}";
            case FEISHU -> "{\"code\":0,\"msg\":\"success\",\"data\":{}}";
        };
    }

    private synchronized boolean unavailable() {
        if (unavailableScripted == 0) {
            return false;
        }
        unavailableScripted--;
        rejected++;
        return true;
    }

    private String reject(String answer) {
        rejected++;
        return answer;
    }

    private String addressProblem(String method, URI uri, Map<String, String> query) {
        boolean right = "POST".equals(method) && switch (kind) {
            case DINGTALK -> "/robot/send".equals(uri.getPath()) && "test".equals(query.get("access_token"));
            case WECOM -> "/cgi-bin/webhook/send".equals(uri.getPath()) && "test-key".equals(query.get("key"));
            case FEISHU -> "/open-apis/bot/v2/hook/test-hook".equals(uri.getPath());
        };
        if (right) {
            return null;
        }
        return switch (kind) {
            case DINGTALK -> "{\"errcode\":300001,\"errmsg\":\"token is not exist\"}";
            case WECOM -> "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}";
            case FEISHU -> "{\"code\":19001,\"msg\":\"param invalid: incoming webhook access token invalid\"}";
        };
    }

    private String signatureProblem(Map<String, String> query, JsonNode body) {
        if (secret == null || kind == Kind.WECOM) {
            return null;
        }
        if (kind == Kind.DINGTALK) {
            String badSign = "{\"errcode\":310000,\"errmsg\":\"sign not match, more: [https://open.dingtalk.com]\"}";
            Long timestamp = number(query.get("timestamp"));
            if (timestamp == null || query.get("sign") == null) {
                return badSign;
            }
            if (!withinTolerance(Instant.ofEpochMilli(timestamp))) {
                return "{\"errcode\":310000,\"errmsg\":\"invalid timestamp\"}";
            }
            String expected = base64(hmac(secret.getBytes(StandardCharsets.UTF_8),
                    (timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
            return expected.equals(query.get("sign")) ? null : badSign;
        }
        String badSign = "{\"code\":19021,\"msg\":\"sign match fail or timestamp is not within one hour from current "
                + "time\"}";
        JsonNode timestampNode = body.get("timestamp");
        JsonNode sign = body.get("sign");
        Long timestamp = timestampNode == null || !timestampNode.isString() ? null : number(timestampNode.asString());
        if (timestamp == null || sign == null || !sign.isString()
                || !withinTolerance(Instant.ofEpochSecond(timestamp))) {
            return badSign;
        }
        String expected = base64(hmac((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8), new byte[0]));
        return expected.equals(sign.asString()) ? null : badSign;
    }

    private String contentProblem(JsonNode body) {
        return switch (kind) {
            case DINGTALK -> body.path("msgtype").isString() ? null
                    : "{\"errcode\":40035,\"errmsg\":\"缺少参数 json\"}";
            case WECOM -> {
                String type = body.path("msgtype").asString("");
                int limit = "markdown".equals(type) ? 4096 : "text".equals(type) ? 2048 : -1;
                String content = body.path(type).path("content").asString("");
                if (limit < 0 || content.isEmpty()) {
                    yield invalidBody("missing msgtype or content");
                }
                yield content.getBytes(StandardCharsets.UTF_8).length > limit
                        ? "{\"errcode\":40058,\"errmsg\":\"" + type + ".content exceed max length " + limit
                                + ". invalid Request Parameter\"}"
                        : null;
            }
            case FEISHU -> body.path("msg_type").isString() ? null
                    : "{\"code\":19002,\"msg\":\"params error, msg_type need\"}";
        };
    }

    private boolean overLimit(Instant now) {
        List<int[]> windows = switch (kind) {
            case DINGTALK, WECOM -> List.of(new int[] {20, 60});
            case FEISHU -> List.of(new int[] {100, 60}, new int[] {5, 1});
        };
        for (int[] window : windows) {
            Instant since = now.minusSeconds(window[1]);
            long inWindow = acceptedAt.stream().filter(at -> at.isAfter(since)).count();
            if (inWindow >= window[0]) {
                return true;
            }
        }
        return false;
    }

    private String tooFast() {
        return switch (kind) {
            case DINGTALK -> "{\"errcode\":130101,\"errmsg\":\"send too fast, exceed 20 times per minute\"}";
            case WECOM -> "{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}";
            case FEISHU -> "{\"code\":9499,\"msg\":\"too many request\"}";
        };
    }

    private String invalidBody(String why) {
        return switch (kind) {
            case DINGTALK -> "{\"errcode\":40035,\"errmsg\":\"" + why + "\"}";
            case WECOM -> "{\"errcode\":40008,\"errmsg\":\"" + why + "\"}";
            case FEISHU -> "{\"code\":9499,\"msg\":\"Bad Request\"}";
        };
    }

    private boolean withinTolerance(Instant timestamp) {
        return Duration.between(timestamp, clock.instant()).abs().compareTo(TIMESTAMP_TOLERANCE) <= 0;
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> values = new HashMap<>();
        if (rawQuery == null) {
            return values;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            values.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.parseLong(text);
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
