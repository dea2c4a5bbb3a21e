package org.jixiao.alert.silence;

import java.util.Map;

/**
 * The body of {@code POST /api/v1/silences}.
 *
 * @param matchers e.g. {@code {"department": "102", "kind": "MILESTONE_DUE_SOON"}}; values may be numbers
 * @param until an ISO-8601 time with offset, in the future
 * @param reason why, for whoever wonders where the messages went
 */
public record SilenceRequest(Map<String, Object> matchers, String until, String reason) {
}
