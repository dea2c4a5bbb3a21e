package org.jixiao.alert;

/** Filters of {@code GET /api/v1/alerts}; {@code null} means any. */
public record AlertQuery(AlertState state, AlertKind kind, String departmentCode, Long projectId, int page,
        int size) {
}
