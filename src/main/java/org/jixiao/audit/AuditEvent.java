package org.jixiao.audit;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * One write: who did what to which entity, and a summary of the entity before and after (null where it did not
 * exist). Summaries never hold secrets.
 */
public record AuditEvent(long id, Instant at, String actor, String action, String entity, String entityId,
        JsonNode before, JsonNode after) {
}
