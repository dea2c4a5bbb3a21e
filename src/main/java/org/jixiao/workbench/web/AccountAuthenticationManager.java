package org.jixiao.workbench.web;

import org.jixiao.security.AccountService;
import reactor.core.publisher.Mono;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;

/** Checks the login form's user name and password against the accounts, lockout included. */
final class AccountAuthenticationManager implements ReactiveAuthenticationManager {

    private final AccountService accounts;

    AccountAuthenticationManager(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Mono<Authentication> authenticate(Authentication form) {
        String password = form.getCredentials() == null ? null : form.getCredentials().toString();
        return accounts.login(form.getName(), password).flatMap(outcome -> switch (outcome.result()) {
            case SUCCESS -> Mono.<Authentication>just(new WorkbenchAuthentication(outcome.account()));
            case LOCKED -> Mono.error(new LockedException("account locked"));
            case BAD_CREDENTIALS -> Mono.error(new BadCredentialsException("bad credentials"));
        });
    }
}
