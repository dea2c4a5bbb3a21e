package org.jixiao.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Maps a single-sign-on token to a caller through configurable claims. Claims may be lists or strings separated by
 * spaces or commas, and may be nested ({@code realm_access.roles}); role names the service does not know are ignored.
 */
public final class JwtCallerConverter {

    private final SecurityProperties.Jwt claims;

    public JwtCallerConverter(SecurityProperties.Jwt claims) {
        this.claims = claims;
    }

    public Caller convert(Jwt jwt) {
        Map<String, Object> all = jwt.getClaims();
        String subject = values(all, claims.subjectClaim()).stream().findFirst().orElse(jwt.getSubject());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        values(all, claims.rolesClaim()).forEach(name -> Role.parse(name).ifPresent(roles::add));
        Set<String> departments = new LinkedHashSet<>(values(all, claims.departmentsClaim()));
        Set<Long> projects = new LinkedHashSet<>();
        for (String value : values(all, claims.projectsClaim())) {
            try {
                projects.add(Long.valueOf(value));
            }
            catch (NumberFormatException ignored) {
                // A project claim that is not an id grants nothing.
            }
        }
        return new Caller(subject == null ? "unknown" : subject, null, roles, departments, projects);
    }

    static List<String> values(Map<String, Object> claims, String path) {
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return List.of();
            }
            current = map.get(part);
        }
        if (current == null) {
            return List.of();
        }
        Stream<?> items = current instanceof Collection<?> collection ? collection.stream()
                : Stream.of(current.toString().split("[\\s,]+"));
        return items.filter(item -> item != null).map(Object::toString).map(String::strip)
                .filter(item -> !item.isEmpty()).toList();
    }
}
