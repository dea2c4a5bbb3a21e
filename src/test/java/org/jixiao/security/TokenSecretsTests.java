package org.jixiao.security;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenSecretsTests {

    @Test
    void secretsAreLongRandomAndRecognisable() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            secrets.add(TokenSecrets.generate());
        }

        assertThat(secrets).hasSize(1_000).allSatisfy(secret -> assertThat(secret).matches("jx_[A-Za-z0-9_-]{43}"));
        assertThat(secrets).allMatch(TokenSecrets::looksLikeApiToken);
    }

    @Test
    void theStoredHashIsSha256AndThePrefixShowsLittle() {
        // Checked with: echo -n jx_abc | sha256sum
        assertThat(TokenSecrets.hash("jx_abc"))
                .isEqualTo("6661cefd39aae1154c3ee33a400ab0d9eda99c03f0190f8e4b26b70cd5ce047d");
        assertThat(TokenSecrets.shownPrefix("jx_0123456789")).isEqualTo("jx_01234");
    }

    @Test
    void secretsCompareWholly() {
        assertThat(TokenSecrets.sameSecret("scrape-secret", "scrape-secret")).isTrue();
        assertThat(TokenSecrets.sameSecret("scrape-secret", "scrape-secreT")).isFalse();
        assertThat(TokenSecrets.sameSecret("scrape-secret", null)).isFalse();
        assertThat(TokenSecrets.sameSecret(null, "x")).isFalse();
    }

    @Test
    void roleNamesAreReadAsIdentityProvidersPrintThem() {
        assertThat(Role.parse(" role_Admin ")).contains(Role.ADMIN);
        assertThat(Role.parse("owner")).contains(Role.OWNER);
        assertThat(Role.parse("offline_access")).isEmpty();
        assertThat(Role.parse(null)).isEmpty();
    }
}
