package org.jixiao.security.web;

import java.time.Instant;
import java.util.List;

import org.jixiao.security.ApiToken;

/**
 * A token as the API shows it. {@code token} (the secret) is present only in the answer to its creation, and
 * {@code tokenPrefix} tells tokens apart afterwards. {@code actsFor} is whom requests with it count as.
 */
record TokenResponse(long id, String name, String token, String tokenPrefix, List<String> roles,
        List<String> departments, List<Long> projects, String actsFor, String createdBy, Instant createdAt,
        Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

    static TokenResponse of(ApiToken token, String secret) {
        return new TokenResponse(token.id(), token.name(), secret, token.tokenPrefix(),
                token.roles().stream().map(Enum::name).sorted().toList(),
                token.departments().stream().sorted().toList(), token.projects().stream().sorted().toList(),
                token.caller().subject(), token.createdBy(), token.createdAt(), token.expiresAt(),
                token.lastUsedAt(), token.revokedAt());
    }
}
