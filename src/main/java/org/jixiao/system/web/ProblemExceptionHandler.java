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
import org.jixiao.system.error.TooLargeException;
import org.jixiao.system.text.Message;
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
    private final ApiProperties limits;

    ProblemExceptionHandler(ProblemWriter writer, ApiProperties limits) {
        this.writer = writer;
        this.limits = limits;
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
            return new Problem(invalid.malformed() ? ProblemTypes.MALFORMED_REQUEST : ProblemTypes.INVALID_INPUT,
                    invalid.malformed() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT,
                    summary(invalid.violations()), extensions);
        }
        if (failure instanceof NotFoundException notFound) {
            return new Problem(ProblemTypes.NOT_FOUND, HttpStatus.NOT_FOUND, notFound.text(), Map.of());
        }
        if (failure instanceof ForbiddenException forbidden) {
            return new Problem(ProblemTypes.FORBIDDEN, HttpStatus.FORBIDDEN, forbidden.text(), Map.of());
        }
        if (failure instanceof ConflictException conflict) {
            Map<String, Object> extensions = new LinkedHashMap<>(conflict.facts());
            if (conflict.existing() != null) {
                extensions.put("existing", conflict.existing().toString());
            }
            return new Problem(ProblemTypes.CONFLICT, HttpStatus.CONFLICT, conflict.text(), extensions);
        }
        if (failure instanceof TooLargeException tooLarge) {
            return new Problem(ProblemTypes.PAYLOAD_TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE, tooLarge.text(),
                    Map.of());
        }
        if (causedBy(failure, DataBufferLimitException.class)) {
            return new Problem(ProblemTypes.PAYLOAD_TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE,
                    Message.of("problem.payload-too-large", limits.maxRequestSize().toBytes()), Map.of());
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
            Message message = json instanceof MismatchedInputException mismatch
                    ? JsonErrors.mismatch(mismatch)
                    : Message.of("problem.field.not-json", json.getOriginalMessage());
            return problemFor(InvalidInputException.malformed(field, message));
        }
        if (failure instanceof ServerWebInputException input) {
            MethodParameter parameter = input.getMethodParameter();
            String field = parameter != null && parameter.getParameterName() != null ? parameter.getParameterName()
                    : "request";
            Message reason = input.getCause() instanceof TypeMismatchException mismatch
                    ? JsonErrors.mismatch(mismatch.getRequiredType(), mismatch.getValue())
                    : input.getReason() != null ? Message.verbatim(input.getReason())
                            : Message.of("problem.field.unreadable");
            return problemFor(InvalidInputException.malformed(field, reason));
        }
        if (failure instanceof ErrorResponse error) {
            HttpStatusCode status = error.getStatusCode();
            String detail = error.getBody().getDetail() != null ? error.getBody().getDetail() : failure.getMessage();
            return new Problem(ProblemTypes.forStatus(status), status, statusDetail(status, detail), Map.of());
        }
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected failure, incident {}", incident, failure);
        return new Problem(ProblemTypes.INTERNAL, HttpStatus.INTERNAL_SERVER_ERROR,
                Message.of("problem.internal", incident), Map.of("incident", incident));
    }

    /** "field: what is wrong", and how many more fields are wrong, in the request's language. */
    private static Message summary(List<FieldViolation> violations) {
        if (violations.isEmpty()) {
            return Message.of("problem.invalid");
        }
        FieldViolation first = violations.getFirst();
        return violations.size() == 1 ? Message.of("problem.detail.field", first.field(), first.text())
                : Message.of("problem.detail.fields", violations.size() - 1, first.field(), first.text());
    }

    /**
     * What Spring said about a refused request (404 no such path, 405, 406, 415 ...), in the request's language
     * where the bundles know the status; Spring's own words otherwise.
     */
    private static Message statusDetail(HttpStatusCode status, String springDetail) {
        String key = "problem.status." + status.value();
        return switch (status.value()) {
            case 404, 405, 406, 415 -> Message.of(key);
            default -> Message.verbatim(springDetail);
        };
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
