package org.jixiao.security;

import java.time.Instant;
import java.util.List;

/**
 * A request for a new API token, e.g.
 * {@code {"name":"ops-script","roles":["OWNER"],"departments":[],"projects":[12],"expiresAt":"2026-12-31T00:00:00Z"}}.
 * {@code expiresAt} null means the token does not expire.
 */
public record TokenRequest(String name, List<String> roles, List<String> departments, List<Long> projects,
        Instant expiresAt) {
}
