package org.jixiao.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is calling, with what roles and scopes.
 *
 * @param subject the person or system responsible: a single-sign-on user name, or whoever created the token used
 * @param via the credential used when it is an API token ({@code token #7 ops-script}); null otherwise
 * @param departments department codes the caller is scoped to
 * @param projects project ids the caller is scoped to (an owner's assigned projects)
 */
public record Caller(String subject, String via, Set<Role> roles, Set<String> departments, Set<Long> projects) {

    /** The service itself, for work nobody asked for in a request (start-up tasks). */
    public static final Caller SYSTEM = new Caller("system", null, EnumSet.of(Role.ADMIN), Set.of(), Set.of());

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(roles);
        departments = Set.copyOf(departments);
        projects = Set.copyOf(projects);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** How the caller appears in the audit log: who, and through which token. */
    public String actor() {
        return via == null ? subject : subject + " (" + via + ")";
    }
}
