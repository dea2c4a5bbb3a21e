package org.jixiao.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated request: the caller is the principal, its roles are the authorities ({@code ROLE_OWNER}). */
public final class CallerAuthentication extends AbstractAuthenticationToken {

    /** Held only by the scrape token: reading /actuator/prometheus and nothing else. */
    public static final String METRICS_AUTHORITY = "METRICS";

    private final Caller caller;

    private CallerAuthentication(Caller caller, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.caller = caller;
        setAuthenticated(true);
    }

    public static CallerAuthentication of(Caller caller) {
        return new CallerAuthentication(caller, caller.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
    }

    public static CallerAuthentication metricsScraper() {
        Caller scraper = new Caller("metrics-scraper", "scrape token", java.util.Set.of(), java.util.Set.of(),
                java.util.Set.of());
        return new CallerAuthentication(scraper, List.of(new SimpleGrantedAuthority(METRICS_AUTHORITY)));
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    /** Never the secret that proved who the caller is. */
    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return caller.actor();
    }
}
