package org.jixiao.system.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import org.jixiao.system.text.Message;
import org.jixiao.system.text.Messages;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

/**
 * Gives an error answer that has no body and no type a problem body: {@code type}, {@code title}, {@code status},
 * a {@code detail} that says what to change, and the {@code instance} path when the request line could be read.
 * Answers with a body of their own pass unchanged. One instance per connection: it remembers the path of the request
 * being answered, and whether the body of a streamed answer is still to be written.
 */
class EmptyErrorBodies extends ChannelDuplexHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String path;
    private byte[] pendingBody;

    @Override
    public void channelRead(ChannelHandlerContext context, Object message) {
        if (message instanceof HttpRequest request) {
            String uri = request.uri();
            int query = uri.indexOf('?');
            path = request.decoderResult().isSuccess() ? (query < 0 ? uri : uri.substring(0, query)) : null;
        }
        context.fireChannelRead(message);
    }

    @Override
    public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) {
        if (message instanceof FullHttpResponse full && needsBody(full, full.content().readableBytes())) {
            byte[] body = body(full.status().code());
            FullHttpResponse answered = new DefaultFullHttpResponse(full.protocolVersion(), full.status(),
                    Unpooled.wrappedBuffer(body), full.headers().copy(), full.trailingHeaders().copy());
            typed(answered.headers(), body.length);
            full.release();
            context.write(answered, promise);
            return;
        }
        if (message instanceof HttpResponse response && !(message instanceof FullHttpResponse)
                && needsBody(response, -1)) {
            pendingBody = body(response.status().code());
            typed(response.headers(), pendingBody.length);
        }
        else if (message instanceof LastHttpContent last && pendingBody != null
                && last.content().readableBytes() == 0) {
            ByteBuf body = Unpooled.wrappedBuffer(pendingBody);
            pendingBody = null;
            LastHttpContent answered = new DefaultLastHttpContent(body);
            answered.trailingHeaders().set(last.trailingHeaders());
            last.release();
            context.write(answered, promise);
            return;
        }
        context.write(message, promise);
    }

    /** A 4xx or 5xx without a type and without content ({@code -1}: look at the declared length). */
    private static boolean needsBody(HttpResponse response, int contentBytes) {
        HttpHeaders headers = response.headers();
        if (response.status().code() < 400 || headers.contains(HttpHeaderNames.CONTENT_TYPE)) {
            return false;
        }
        if (contentBytes >= 0) {
            return contentBytes == 0;
        }
        return "0".equals(headers.get(HttpHeaderNames.CONTENT_LENGTH));
    }

    private static void typed(HttpHeaders headers, int length) {
        headers.set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        headers.setInt(HttpHeaderNames.CONTENT_LENGTH, length);
    }

    private byte[] body(int status) {
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        // Answered before the request's headers were read (or when they could not be): in the default language.
        problem.put("type", ProblemTypes.forStatus(code).toString());
        problem.put("title", ProblemTypes.title(ProblemTypes.forStatus(code), code, Messages.CHINESE));
        problem.put("status", status);
        problem.put("detail", Messages.render(detail(status), Messages.CHINESE));
        if (path != null) {
            problem.put("instance", path);
        }
        return JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
    }

    private static Message detail(int status) {
        return switch (status) {
            case 400, 413, 414, 431 -> Message.of("problem.before-reading." + status);
            default -> Message.of("problem.before-reading.other");
        };
    }
}
