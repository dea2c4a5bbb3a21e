package org.jixiao.support;

/** Credentials the integration tests use. The admin token is preset through jixiao.security.bootstrap-token. */
public final class TestTokens {

    public static final String ADMIN = "jx_test-admin-0123456789abcdefghijklmnop";

    private TestTokens() {
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
