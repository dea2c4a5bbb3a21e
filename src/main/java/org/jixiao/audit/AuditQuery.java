package org.jixiao.audit;

import java.time.Instant;

/** Filters over the audit log (null matches everything) and a page. {@code to} is exclusive. */
public record AuditQuery(String entity, String actor, Instant from, Instant to, int page, int size) {
}
