package org.jixiao.system.web;

import java.net.URI;
import java.util.Map;

import org.jixiao.system.text.Message;

import org.springframework.http.HttpStatusCode;

/**
 * An error answer (RFC 9457) before it is written: stable type, status, a detail that names the field, and extension
 * members such as {@code errors} or {@code existing}. The title comes from the type and, like the detail, is put into
 * the request's language when the problem is written ({@link ProblemWriter}).
 */
public record Problem(URI type, HttpStatusCode status, Message detail, Map<String, Object> extensions) {

    public Problem {
        extensions = Map.copyOf(extensions);
    }
}
