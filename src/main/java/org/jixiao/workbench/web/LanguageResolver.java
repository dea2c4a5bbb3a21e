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
 * The language of a request. The API keeps its {@code Accept-Language} (Chinese without it), exactly as before. The
 * pages speak Chinese until a person picks English: {@code ?lang=zh|en} (the switch in the header, which also sets
 * the {@link #COOKIE}), else the cookie, else Chinese, whatever language the browser was installed with.
 */
final class LanguageResolver implements LocaleContextResolver {

    static final String PARAMETER = "lang";
    static final String COOKIE = "JIXIAO_LANG";

    private final AcceptHeaderLocaleContextResolver acceptHeader = new AcceptHeaderLocaleContextResolver();

    /** @param apiDefault the API's language without {@code Accept-Language} ({@code spring.web.locale}) */
    LanguageResolver(Locale apiDefault) {
        acceptHeader.setDefaultLocale(apiDefault);
    }

    @Override
    public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
        if (isApi(exchange.getRequest().getPath().pathWithinApplication().value())) {
            return acceptHeader.resolveLocaleContext(exchange);
        }
        String asked = exchange.getRequest().getQueryParams().getFirst(PARAMETER);
        if (asked != null && !asked.isBlank()) {
            Locale locale = Messages.supported(Locale.forLanguageTag(asked.strip()));
            // set, not add: the locale is resolved more than once per request
            exchange.getResponse().getCookies().set(COOKIE, ResponseCookie.from(COOKIE, locale.getLanguage())
                    .path("/").sameSite("Lax").maxAge(Duration.ofDays(365)).build());
            return new SimpleLocaleContext(locale);
        }
        HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
        return new SimpleLocaleContext(cookie == null ? Messages.CHINESE
                : Messages.supported(Locale.forLanguageTag(cookie.getValue())));
    }

    private static boolean isApi(String path) {
        return path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/");
    }

    @Override
    public void setLocaleContext(ServerWebExchange exchange, LocaleContext localeContext) {
        throw new UnsupportedOperationException("the language is chosen with ?lang=");
    }
}
