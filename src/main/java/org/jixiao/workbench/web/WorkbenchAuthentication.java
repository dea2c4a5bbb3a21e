package org.jixiao.workbench.web;

import org.jixiao.security.Account;
import org.jixiao.security.Caller;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A person logged in to the workbench. The principal is the same {@link Caller} an API token gives, so every access
 * rule applies unchanged; the account is kept for the session cookie and the password-change redirect.
 */
final class WorkbenchAuthentication extends AbstractAuthenticationToken {

    private final Account account;
    private final Caller caller;

    WorkbenchAuthentication(Account account) {
        super(account.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
        this.account = account;
        this.caller = account.caller();
        setAuthenticated(true);
    }

    Account account() {
        return account;
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    /** Never the password that proved who the person is. */
    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return caller.actor();
    }
}
