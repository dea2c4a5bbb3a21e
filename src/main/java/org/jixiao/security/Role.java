package org.jixiao.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What a caller may do. Scopes (departments, projects) narrow where {@link #OWNER}, {@link #MANAGER} and a scoped
 * {@link #VIEWER} may act; see docs/security.md.
 */
public enum Role {
    /** Everything, everywhere. */
    ADMIN,
    /** Reads and writes the sheet (later: measurements, payments, milestones) of the projects assigned to them. */
    OWNER,
    /** Reads the projects of their departments (later: acknowledges their alerts, manages subscriptions). */
    MANAGER,
    /** Reads everything (later: writes evaluations). */
    EVALUATOR,
    /** Reads: everything, or only their departments and projects when those are given. */
    VIEWER;

    /** Reads a role name as an identity provider may print it: {@code owner}, {@code ROLE_OWNER}, {@code OWNER}. */
    public static Optional<Role> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String upper = name.strip().toUpperCase(Locale.ROOT);
        String bare = upper.startsWith("ROLE_") ? upper.substring(5) : upper;
        for (Role role : values()) {
            if (role.name().equals(bare)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
