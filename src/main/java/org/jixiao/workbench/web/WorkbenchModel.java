package org.jixiao.workbench.web;

import java.util.List;
import java.util.Locale;

import org.jixiao.security.Caller;
import org.jixiao.system.text.Messages;
import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;

/**
 * What every page's layout needs: the CSRF token for its forms and htmx requests, the person, the language and the
 * navigation. A new page adds its entry to {@link #NAVIGATION}.
 */
@ControllerAdvice(basePackageClasses = WorkbenchModel.class)
class WorkbenchModel {

    /** One entry of the header's navigation: a path and the bundle key of its label. */
    record NavigationEntry(String path, String label) {
    }

    static final List<NavigationEntry> NAVIGATION = List.of(new NavigationEntry("/", "page.nav.overview"));

    /** Subscribing here makes the CSRF filter issue the token (and its cookie) before the page renders. */
    @ModelAttribute("_csrf")
    Mono<CsrfToken> csrf(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? Mono.empty() : token;
    }

    @ModelAttribute("me")
    Caller me(@AuthenticationPrincipal Caller caller) {
        return caller;
    }

    /** The person's display name for the header; a page without a login has none. */
    @ModelAttribute("displayName")
    Mono<String> displayName(ServerWebExchange exchange) {
        return exchange.getPrincipal().ofType(WorkbenchAuthentication.class)
                .map(login -> login.account().displayName());
    }

    @ModelAttribute("lang")
    String language(Locale locale) {
        return Messages.supported(locale).getLanguage();
    }

    @ModelAttribute("navigation")
    List<NavigationEntry> navigation() {
        return NAVIGATION;
    }

    @ModelAttribute("path")
    String path(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().pathWithinApplication().value();
    }
}
