package org.jixiao.security;

import java.time.Instant;
import java.util.Set;

/** A stored API token, without its secret. */
public record ApiToken(long id, String name, String tokenPrefix, Set<Role> roles, Set<String> departments,
        Set<Long> projects, String createdBy, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
        Instant revokedAt) {

    public ApiToken {
        roles = Set.copyOf(roles);
        departments = Set.copyOf(departments);
        projects = Set.copyOf(projects);
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    /** The caller a request with this token acts as: its creator, through this token, with the token's grants. */
    public Caller caller() {
        return new Caller(createdBy, "token #" + id + " " + name, roles, departments, projects);
    }
}
