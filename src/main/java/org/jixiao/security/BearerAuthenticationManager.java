package org.jixiao.security;

import org.jixiao.system.text.Message;
import reactor.core.publisher.Mono;

import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * One bearer header, three kinds of credential: the scrape token (metrics only), Jixiao API tokens ({@code jx_…}),
 * and single-sign-on JWTs when an issuer is configured.
 */
public final class BearerAuthenticationManager implements ReactiveAuthenticationManager {

    private final ApiTokenService tokens;
    private final String scrapeToken;
    private final ReactiveAuthenticationManager jwt;

    /** @param jwt the JWT manager, or null when single sign-on is not configured */
    public BearerAuthenticationManager(ApiTokenService tokens, String scrapeToken, ReactiveAuthenticationManager jwt) {
        this.tokens = tokens;
        this.scrapeToken = scrapeToken;
        this.jwt = jwt;
    }

    @Override
    public Mono<Authentication> authenticate(Authentication authentication) {
        if (!(authentication instanceof BearerTokenAuthenticationToken bearer)) {
            return Mono.empty();
        }
        String token = bearer.getToken();
        if (scrapeToken != null && TokenSecrets.sameSecret(scrapeToken, token)) {
            return Mono.just(CallerAuthentication.metricsScraper());
        }
        if (TokenSecrets.looksLikeApiToken(token)) {
            return tokens.authenticate(token)
                    .<Authentication>map(CallerAuthentication::of)
                    .switchIfEmpty(Mono.error(() -> new RejectedToken(
                            Message.of("problem.unauthenticated.unknown-token"))));
        }
        if (jwt != null) {
            return jwt.authenticate(authentication);
        }
        return Mono.error(new RejectedToken(
                Message.of("problem.unauthenticated.no-single-sign-on")));
    }
}
