package org.jixiao.workbench.web;

import java.time.Duration;
import java.util.Locale;

import org.jixiao.system.text.Messages;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.AcceptHeaderLocaleContextResolver;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * The language of a request: {@code ?lang=zh|en} (the workbench's switch, which also sets the {@link #COOKIE}), else
 * the cookie; else, for the API, {@code Accept-Language}, and for the pages Chinese: the workbench speaks Chinese
 * until a person picks English, whatever language the browser was installed with. API clients send neither parameter
 * nor cookie, so for them nothing changes.
 */
final class LanguageResolver implements LocaleContextResolver {

    static final String PARAMETER = "lang";
    static final String COOKIE = "JIXIAO_LANG";

    private final AcceptHeaderLocaleContextResolver acceptHeader = new AcceptHeaderLocaleContextResolver();

    LanguageResolver() {
        acceptHeader.setDefaultLocale(Messages.CHINESE);
    }

    @Override
    public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
        String asked = exchange.getRequest().getQueryParams().getFirst(PARAMETER);
        if (asked != null && !asked.isBlank()) {
            Locale locale = Messages.supported(Locale.forLanguageTag(asked.strip()));
            // set, not add: the locale is resolved more than once per request
            exchange.getResponse().getCookies().set(COOKIE, ResponseCookie.from(COOKIE, locale.getLanguage())
                    .path("/").sameSite("Lax").maxAge(Duration.ofDays(365)).build());
            return new SimpleLocaleContext(locale);
        }
        HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
        if (cookie != null && !cookie.getValue().isBlank()) {
            return new SimpleLocaleContext(Messages.supported(Locale.forLanguageTag(cookie.getValue())));
        }
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        return path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/")
                ? acceptHeader.resolveLocaleContext(exchange) : new SimpleLocaleContext(Messages.CHINESE);
    }

    @Override
    public void setLocaleContext(ServerWebExchange exchange, LocaleContext localeContext) {
        throw new UnsupportedOperationException("the language is chosen with ?lang=");
    }
}
