package org.jixiao.system.web;

import java.net.URI;
import java.util.Locale;

import org.jixiao.system.text.Message;
import org.jixiao.system.text.Messages;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/** The stable {@code type} URIs of the API's problem answers; documented in docs/api.md. */
public final class ProblemTypes {

    static final URI MALFORMED_REQUEST = URI.create("/problems/malformed-request");
    static final URI INVALID_INPUT = URI.create("/problems/invalid-input");
    static final URI NOT_FOUND = URI.create("/problems/not-found");
    static final URI CONFLICT = URI.create("/problems/conflict");
    public static final URI UNAUTHENTICATED = URI.create("/problems/unauthenticated");
    public static final URI FORBIDDEN = URI.create("/problems/forbidden");
    static final URI PAYLOAD_TOO_LARGE = URI.create("/problems/payload-too-large");
    static final URI UNSUPPORTED_MEDIA_TYPE = URI.create("/problems/unsupported-media-type");
    static final URI METHOD_NOT_ALLOWED = URI.create("/problems/method-not-allowed");
    static final URI NOT_ACCEPTABLE = URI.create("/problems/not-acceptable");
    static final URI URI_TOO_LONG = URI.create("/problems/uri-too-long");
    static final URI HEADERS_TOO_LARGE = URI.create("/problems/headers-too-large");
    static final URI INTERNAL = URI.create("/problems/internal");
    static final URI OTHER = URI.create("about:blank");

    private ProblemTypes() {
    }

    /**
     * The title of a problem of this type in the language of {@code locale}: {@code 未找到} or {@code Not found}. A
     * type without a title of its own ({@code about:blank}) is titled by its status.
     */
    public static String title(URI type, HttpStatusCode status, Locale locale) {
        String path = type.getPath();
        if (path == null || !path.startsWith("/problems/")) {
            HttpStatus known = HttpStatus.resolve(status.value());
            return Messages.render(Message.of("problem.title.other", status.value(),
                    known != null ? known.getReasonPhrase() : "Error"), locale);
        }
        return Messages.render(Message.of("problem.title." + path.substring("/problems/".length())), locale);
    }

    static URI forStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 431 -> HEADERS_TOO_LARGE;
            case 500 -> INTERNAL;
            default -> OTHER;
        };
    }
}
