package org.jixiao.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class JwtCallerConverterTests {

    private static final SecurityProperties.Jwt DEFAULT_CLAIMS = new SecurityProperties.Jwt("preferred_username",
            "roles", "departments", "projects");

    @Test
    void listsStringsAndNestedClaimsAreRead() {
        JwtCallerConverter converter = new JwtCallerConverter(new SecurityProperties.Jwt("preferred_username",
                "realm_access.roles", "org.departments", "projects"));

        Caller caller = converter.convert(jwt(Map.of("preferred_username", "li.na",
                "realm_access", Map.of("roles", List.of("ROLE_owner", "uma_authorization")),
                "org", Map.of("departments", "102, 103"), "projects", List.of(12, "13", "not-a-number"))));

        assertThat(caller.subject()).isEqualTo("li.na");
        assertThat(caller.roles()).containsExactly(Role.OWNER);
        assertThat(caller.departments()).containsExactlyInAnyOrder("102", "103");
        assertThat(caller.projects()).containsExactlyInAnyOrder(12L, 13L);
        assertThat(caller.via()).isNull();
    }

    @Test
    void theSubjectFallsBackToSub() {
        Caller caller = new JwtCallerConverter(DEFAULT_CLAIMS).convert(jwt(Map.of("roles", "viewer evaluator")));

        assertThat(caller.subject()).isEqualTo("sub-42");
        assertThat(caller.roles()).containsExactlyInAnyOrder(Role.VIEWER, Role.EVALUATOR);
        assertThat(caller.departments()).isEmpty();
    }

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("sub-42")
                .issuedAt(Instant.parse("2026-01-01T00:00:00Z")).expiresAt(Instant.parse("2026-01-01T01:00:00Z"));
        claims.forEach(builder::claim);
        return builder.build();
    }
}
