package org.jixiao.security;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param bootstrapToken the first administrator token, preset instead of generated (scripts, tests); must start
 *        with {@code jx_} and be long enough to be a secret
 * @param bootstrapPassword the password of the first account, {@code admin}, preset instead of generated (then no
 *        change is asked for at its first login); at least {@value AccountService#MIN_PASSWORD_LENGTH} characters
 * @param lockout how many failed logins lock an account, and for how long
 * @param jwt how single-sign-on tokens map to callers
 * @param metrics who may read {@code /actuator/prometheus}
 * @param corsAllowedOrigins browser origins allowed to call the API; empty (the default) turns CORS off
 * @param outboundHosts host names that outbound URLs (Prometheus, webhooks, robots) may point at; empty allows any
 */
@Validated
@ConfigurationProperties("jixiao.security")
public record SecurityProperties(
        String bootstrapToken,
        String bootstrapPassword,
        @Valid @NotNull @DefaultValue Lockout lockout,
        @Valid @NotNull @DefaultValue Jwt jwt,
        @Valid @NotNull @DefaultValue Metrics metrics,
        @NotNull @DefaultValue List<String> corsAllowedOrigins,
        @NotNull @DefaultValue List<String> outboundHosts) {

    static final int MIN_PRESET_LENGTH = 24;

    /** A weak preset token stops the start here, before a database is started or a request is served. */
    public SecurityProperties {
        if (bootstrapToken != null
                && (!TokenSecrets.looksLikeApiToken(bootstrapToken) || bootstrapToken.length() < MIN_PRESET_LENGTH)) {
            throw new IllegalArgumentException("jixiao.security.bootstrap-token must start with '"
                    + TokenSecrets.PREFIX + "' and have at least " + MIN_PRESET_LENGTH + " characters");
        }
        if (bootstrapPassword != null && bootstrapPassword.length() < AccountService.MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("jixiao.security.bootstrap-password must have at least "
                    + AccountService.MIN_PASSWORD_LENGTH + " characters");
        }
    }

    /**
     * @param maxFailures failed logins in a row that lock an account
     * @param duration how long a locked account refuses every login, even with the right password
     */
    public record Lockout(@Min(1) @DefaultValue("5") int maxFailures,
            @NotNull @DefaultValue("15m") Duration duration) {
    }

    /**
     * Claims of a JWT (from {@code spring.security.oauth2.resourceserver.jwt.*}) that say who the caller is and
     * what it may do. A dotted name reads a nested claim ({@code realm_access.roles}).
     *
     * @param subjectClaim the user name; falls back to {@code sub}
     * @param rolesClaim role names (a list, or a string separated by spaces or commas)
     * @param departmentsClaim department codes
     * @param projectsClaim project ids
     */
    public record Jwt(
            @NotBlank @DefaultValue("preferred_username") String subjectClaim,
            @NotBlank @DefaultValue("roles") String rolesClaim,
            @NotBlank @DefaultValue("departments") String departmentsClaim,
            @NotBlank @DefaultValue("projects") String projectsClaim) {
    }

    /**
     * @param publicScrape whether {@code /actuator/prometheus} is readable without credentials (in-cluster
     *        scraping behind a network policy)
     * @param scrapeToken a bearer secret that may read {@code /actuator/prometheus} and nothing else
     */
    public record Metrics(@DefaultValue("false") boolean publicScrape, String scrapeToken) {
    }
}
