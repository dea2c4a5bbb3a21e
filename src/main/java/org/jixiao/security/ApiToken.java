package org.jixiao.security;

import java.time.Instant;
import java.util.Set;

/**
 * A stored API token, without its secret.
 *
 * @param subject whom a personal token acts for; null for a machine token (made by an administrator), which acts
 *        as itself
 */
public record ApiToken(long id, String name, String tokenPrefix, Set<Role> roles, Set<String> departments,
        Set<Long> projects, String subject, String createdBy, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt, Instant revokedAt) {

    public ApiToken {
        roles = Set.copyOf(roles);
        departments = Set.copyOf(departments);
        projects = Set.copyOf(projects);
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    /**
     * The caller a request with this token is: the person a personal token acts for, through this token; or the
     * machine token itself. Either way with the token's own grants.
     */
    public Caller caller() {
        String label = "token #" + id + " " + name;
        return subject != null ? new Caller(subject, label, roles, departments, projects)
                : new Caller(label, null, roles, departments, projects);
    }
}
