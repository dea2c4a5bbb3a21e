package org.jixiao.system.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jixiao.system.JsonErrors;
import org.jixiao.system.error.ConflictException;
import org.jixiao.system.error.ForbiddenException;
import org.jixiao.system.error.FieldViolation;
import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.error.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;

/**
 * The one place where failures become HTTP answers: every error is {@code application/problem+json} (RFC 9457)
 * with a stable {@code type}, a {@code title}, and a {@code detail} that names the field. Runs before Boot's own
 * error handler so that no error leaves in another shape. Unexpected failures are logged with an id that the
 * answer repeats, and reveal nothing else.
 */
@Component
@Order(-2)
class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemWriter writer;

    ProblemExceptionHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        return writer.write(exchange, problemFor(failure));
    }

    private Problem problemFor(Throwable failure) {
        if (failure instanceof InvalidInputException invalid) {
            Map<String, Object> extensions = Map.of("errors", invalid.violations());
            return invalid.malformed()
                    ? new Problem(ProblemTypes.MALFORMED_REQUEST, "Malformed request", HttpStatus.BAD_REQUEST,
                            invalid.getMessage(), extensions)
                    : new Problem(ProblemTypes.INVALID_INPUT, "Invalid input", HttpStatus.UNPROCESSABLE_CONTENT,
                            invalid.getMessage(), extensions);
        }
        if (failure instanceof NotFoundException notFound) {
            return new Problem(ProblemTypes.NOT_FOUND, "Not found", HttpStatus.NOT_FOUND, notFound.getMessage(),
                    Map.of());
        }
        if (failure instanceof ForbiddenException forbidden) {
            return new Problem(ProblemTypes.FORBIDDEN, "Forbidden", HttpStatus.FORBIDDEN, forbidden.getMessage(),
                    Map.of());
        }
        if (failure instanceof ConflictException conflict) {
            Map<String, Object> extensions = new LinkedHashMap<>(conflict.facts());
            if (conflict.existing() != null) {
                extensions.put("existing", conflict.existing().toString());
            }
            return new Problem(ProblemTypes.CONFLICT, "Conflict", HttpStatus.CONFLICT, conflict.getMessage(),
                    extensions);
        }
        if (causedBy(failure, DataBufferLimitException.class)) {
            DataBufferLimitException limit = cause(failure, DataBufferLimitException.class);
            return new Problem(ProblemTypes.PAYLOAD_TOO_LARGE, "Request body too large", HttpStatus.CONTENT_TOO_LARGE,
                    limit.getMessage(), Map.of());
        }
        if (failure instanceof WebExchangeBindException binding) {
            List<FieldViolation> violations = binding.getFieldErrors().stream()
                    .map(error -> new FieldViolation(error.getField(), error.getDefaultMessage()))
                    .toList();
            InvalidInputException invalid = new InvalidInputException(violations, true);
            return problemFor(invalid);
        }
        if (failure instanceof ServerWebInputException input && cause(input, JacksonException.class) != null) {
            JacksonException json = cause(input, JacksonException.class);
            String field = JsonErrors.fieldOf(json, "body");
            String message = json instanceof MismatchedInputException mismatch
                    ? JsonErrors.mismatch(mismatch)
                    : "not valid JSON: " + json.getOriginalMessage();
            return problemFor(InvalidInputException.malformed(field, message));
        }
        if (failure instanceof ServerWebInputException input) {
            MethodParameter parameter = input.getMethodParameter();
            String field = parameter != null && parameter.getParameterName() != null ? parameter.getParameterName()
                    : "request";
            String reason = input.getCause() instanceof TypeMismatchException mismatch
                    ? "must be " + JsonErrors.expected(mismatch.getRequiredType()) + " (was '" + mismatch.getValue() + "')"
                    : input.getReason() != null ? input.getReason() : "unreadable input";
            return problemFor(InvalidInputException.malformed(field, reason));
        }
        if (failure instanceof ErrorResponse error) {
            HttpStatusCode status = error.getStatusCode();
            String detail = error.getBody().getDetail() != null ? error.getBody().getDetail() : failure.getMessage();
            return new Problem(ProblemTypes.forStatus(status), titleFor(status), status, detail, Map.of());
        }
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected failure, incident {}", incident, failure);
        return new Problem(ProblemTypes.INTERNAL, "Internal error", HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred; it was logged as incident " + incident, Map.of("incident", incident));
    }

    private static String titleFor(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "Error";
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        return cause(failure, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }

}
