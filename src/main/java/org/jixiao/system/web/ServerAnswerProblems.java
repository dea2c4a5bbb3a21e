package org.jixiao.system.web;

import io.netty.channel.ChannelPipeline;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;

/**
 * Some requests are answered before the application sees them: Netty refuses a request line or headers that are too
 * long (414, 431) or unreadable (400), and Spring refuses a URL it cannot parse (raw, unencoded UTF-8). Those answers
 * leave with an empty body; {@link EmptyErrorBodies}, placed right after Netty's HTTP codec, gives them the same
 * {@code application/problem+json} body as every other error.
 */
@Component
class ServerAnswerProblems implements NettyServerCustomizer {

    static final String HANDLER_NAME = "jixiao.emptyErrorBodies";

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, address) -> {
            ChannelPipeline pipeline = channel.pipeline();
            if (pipeline.get(NettyPipeline.HttpCodec) != null && pipeline.get(HANDLER_NAME) == null) {
                pipeline.addAfter(NettyPipeline.HttpCodec, HANDLER_NAME, new EmptyErrorBodies());
            }
        });
    }
}
