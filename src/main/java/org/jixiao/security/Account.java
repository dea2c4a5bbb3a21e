package org.jixiao.security;

import java.time.Instant;
import java.util.Set;

/**
 * A person who logs in to the workbench, without the password hash. Roles and scopes mean what they mean on a token.
 *
 * @param sessionVersion the version session cookies must name to be accepted; raised to end every session
 */
public record Account(long id, String username, String displayName, Set<Role> roles, Set<String> departments,
        Set<Long> projects, boolean mustChangePassword, int failedAttempts, Instant lockedUntil, int sessionVersion,
        Instant createdAt, Instant updatedAt) {

    public Account {
        roles = Set.copyOf(roles);
        departments = Set.copyOf(departments);
        projects = Set.copyOf(projects);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The caller a person is on every request: the same rules apply as to a token with the same grants. */
    public Caller caller() {
        return new Caller(username, null, roles, departments, projects);
    }
}
