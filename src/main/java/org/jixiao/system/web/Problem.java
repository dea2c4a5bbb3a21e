package org.jixiao.system.web;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatusCode;

/**
 * An error answer (RFC 9457) before it is written: stable type, title, status, a detail that names the field, and
 * extension members such as {@code errors} or {@code existing}.
 */
public record Problem(URI type, String title, HttpStatusCode status, String detail, Map<String, Object> extensions) {

    public Problem {
        extensions = Map.copyOf(extensions);
    }
}
