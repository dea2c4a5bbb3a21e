package org.jixiao.sheet.web;

import java.util.regex.Pattern;

import org.jixiao.sheet.workbook.WorkbookProperties;
import org.jixiao.system.error.TooLargeException;
import org.jixiao.system.text.Message;
import org.jixiao.system.web.BodyAllowance;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Uploaded workbooks: the requests that carry one may be as large as {@code jixiao.sheets.workbook.max-file-size}
 * (larger than JSON bodies), and a body is gathered only up to that size, with or without a declared length.
 */
@Configuration(proxyBeanMethods = false)
class WorkbookUploads {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final Pattern UPLOAD_PATHS = Pattern.compile(
            "/api/v1/sheets(/preview)?|/api/v1/projects/[^/]+/sheet");

    @Bean
    BodyAllowance workbookUploadAllowance(WorkbookProperties limits) {
        return new BodyAllowance(WorkbookUploads::carriesWorkbook, limits.maxFileSize().toBytes(), refusal(limits));
    }

    /** The whole body, refused with 413 as soon as it passes the limit. */
    static Mono<byte[]> gather(Flux<DataBuffer> body, WorkbookProperties limits) {
        return DataBufferUtils.join(body, Math.toIntExact(limits.maxFileSize().toBytes()))
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0])
                .onErrorMap(DataBufferLimitException.class, tooLarge -> new TooLargeException(refusal(limits)));
    }

    private static Message refusal(WorkbookProperties limits) {
        return Message.of("problem.workbook.too-large", limits.maxFileSize().toBytes());
    }

    private static boolean carriesWorkbook(ServerHttpRequest request) {
        MediaType type = request.getHeaders().getContentType();
        return (request.getMethod() == HttpMethod.POST || request.getMethod() == HttpMethod.PUT) && type != null
                && (XLSX.isCompatibleWith(type) || MediaType.MULTIPART_FORM_DATA.isCompatibleWith(type))
                && UPLOAD_PATHS.matcher(request.getPath().pathWithinApplication().value()).matches();
    }
}
