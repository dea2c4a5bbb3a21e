package org.jixiao.system.web;

import java.util.List;

import org.jixiao.system.error.TooLargeException;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.server.WebFilter;

/**
 * One limit for request bodies: a declared Content-Length above it is refused before the body is read, and the
 * codecs stop buffering at the same size for bodies sent without a length. A {@link BodyAllowance} gives the
 * requests it names a limit of their own (uploaded workbooks are larger than JSON).
 */
@Configuration(proxyBeanMethods = false)
class RequestSizeLimit {

    @Bean
    CodecCustomizer requestSizeCodecCustomizer(ApiProperties properties) {
        return configurer -> configurer.defaultCodecs()
                .maxInMemorySize(Math.toIntExact(properties.maxRequestSize().toBytes()));
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    WebFilter declaredContentLengthLimit(ApiProperties properties, ObjectProvider<BodyAllowance> allowanceBeans) {
        long limit = properties.maxRequestSize().toBytes();
        List<BodyAllowance> allowances = allowanceBeans.orderedStream().toList();
        return (exchange, chain) -> {
            long declared = exchange.getRequest().getHeaders().getContentLength();
            BodyAllowance allowance = allowances.stream()
                    .filter(candidate -> candidate.appliesTo().test(exchange.getRequest())).findFirst().orElse(null);
            if (allowance != null) {
                return declared > allowance.maxBytes() ? Mono.error(new TooLargeException(allowance.refusal()))
                        : chain.filter(exchange);
            }
            if (declared > limit) {
                return Mono.error(new PayloadTooLargeException(new DataBufferLimitException(
                        "the request body has " + declared + " bytes; the limit is " + limit + " bytes")));
            }
            return chain.filter(exchange);
        };
    }
}
