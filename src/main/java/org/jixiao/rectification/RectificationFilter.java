package org.jixiao.rectification;

/** Filters over rectification items; null matches everything. */
public record RectificationFilter(Long projectId, String department, RectificationState state, Boolean overdue,
        Integer fiscalYear) {
}
