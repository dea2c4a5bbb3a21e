package org.jixiao.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A new installation needs a way in without an identity provider: an administrator token and the password of the
 * account {@code admin}, printed once. They are the only secrets this service ever logs, because nobody could use
 * the service otherwise; the printed password must be changed at the first login.
 */
@Component
@Order(0)
class BootstrapTokenRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapTokenRunner.class);

    private final ApiTokenService tokens;
    private final AccountService accounts;
    private final SecurityProperties properties;

    BootstrapTokenRunner(ApiTokenService tokens, AccountService accounts, SecurityProperties properties) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        String preset = properties.bootstrapToken();
        tokens.ensureBootstrapToken(preset).blockOptional().flatMap(generated -> generated).ifPresent(secret ->
                log.warn("""
                        First start: created an administrator API token. It is shown only now; keep it safe.

                            {}

                        Use it as 'Authorization: Bearer <token>', e.g.
                            curl -H 'Authorization: Bearer {}' http://localhost:8080/api/v1/projects
                        Create personal and machine tokens with POST /api/v1/tokens, then revoke this one.""",
                        secret, secret));
        if (preset != null) {
            log.info("The administrator token preset by jixiao.security.bootstrap-token is active");
        }
        accounts.ensureBootstrapAccount(properties.bootstrapPassword()).blockOptional().flatMap(generated -> generated)
                .ifPresent(password -> log.warn("""
                        First start: created the account 'admin' with a one-time password. It is shown only now.

                            {}

                        Open the workbench (http://localhost:8080/), log in as admin with it and choose a new one.""",
                        password));
    }
}
