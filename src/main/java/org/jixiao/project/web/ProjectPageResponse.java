package org.jixiao.project.web;

import java.util.List;

/** One page of projects; {@code total} counts all that match the filters. */
public record ProjectPageResponse(List<ProjectSummaryResponse> items, int page, int size, long total) {
}
