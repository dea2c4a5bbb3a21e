package org.jixiao.workbench;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The workbench's pages (docs/workbench.md).
 *
 * @param session how a login is carried from request to request
 * @param pageSize projects per page of the portfolio
 */
@Validated
@ConfigurationProperties("jixiao.workbench")
public record WorkbenchProperties(@Valid @NotNull @DefaultValue Session session,
        @DefaultValue("20") int pageSize) {

    /**
     * @param key the HMAC-SHA256 key that signs session cookies, Base64, at least 32 bytes; unset, a key is made once
     *        and kept in the database, which every replica shares
     * @param timeout how long a login lasts
     * @param secureCookie whether cookies are sent over HTTPS only: set it when the service is reached over HTTPS
     */
    public record Session(String key, @NotNull @DefaultValue("8h") Duration timeout,
            @DefaultValue("false") boolean secureCookie) {
    }
}
