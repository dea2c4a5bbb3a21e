package org.jixiao.support;

import java.util.EnumSet;
import java.util.Set;

import org.jixiao.security.ApiTokenService;
import org.jixiao.security.Caller;
import org.jixiao.security.Role;
import reactor.core.publisher.Mono;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

/**
 * Credentials the tests use. The admin token is preset through jixiao.security.bootstrap-token in integration tests;
 * slice tests, which have no database, map the tokens to callers with {@link #recognisedBy}.
 */
public final class TestTokens {

    public static final String ADMIN = "jx_test-admin-0123456789abcdefghijklmnop";
    /** Slice tests only: a viewer of everything. */
    public static final String VIEWER = "jx_test-viewer-0123456789abcdefghijklmno";
    /** The secret that may read {@code /actuator/prometheus} and nothing else in the shared integration context. */
    public static final String SCRAPE = "scrape-secret-for-tests-0123456789";
    /** The preset password of the workbench account {@code admin} in integration tests. */
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";

    public static final Caller ADMIN_CALLER = new Caller("test-admin", "token #1 bootstrap-admin",
            EnumSet.of(Role.ADMIN), Set.of(), Set.of());
    public static final Caller VIEWER_CALLER = new Caller("test-viewer", "token #2 viewer", EnumSet.of(Role.VIEWER),
            Set.of(), Set.of());

    private TestTokens() {
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** Teaches a mocked token lookup {@link #ADMIN} and {@link #VIEWER}; every other secret is unknown. */
    public static void recognisedBy(ApiTokenService tokens) {
        given(tokens.authenticate(anyString())).willReturn(Mono.empty());
        given(tokens.authenticate(ADMIN)).willReturn(Mono.just(ADMIN_CALLER));
        given(tokens.authenticate(VIEWER)).willReturn(Mono.just(VIEWER_CALLER));
    }
}
