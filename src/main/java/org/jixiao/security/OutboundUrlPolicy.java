package org.jixiao.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jixiao.system.error.Violations;
import org.jixiao.system.text.Message;
import org.jixiao.system.text.Messages;

/**
 * Which URLs the service may be told to call (a Prometheus base URL, a webhook, a chat robot): absolute http or https
 * URLs with a host, without user information, and, when an allow-list is configured, only to the hosts on it.
 */
public final class OutboundUrlPolicy {

    private final Set<String> allowedHosts;

    /** @param allowedHosts host names (case-insensitive); empty allows any host */
    public OutboundUrlPolicy(List<String> allowedHosts) {
        this.allowedHosts = allowedHosts.stream().map(host -> host.strip().toLowerCase(Locale.ROOT))
                .filter(host -> !host.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** Why the URL may not be called, in English, or empty when it may. */
    public Optional<String> problemWith(String url) {
        return problem(url).map(message -> Messages.render(message, Messages.ENGLISH));
    }

    /** Why the URL may not be called, for a person in any language, or empty when it may. */
    public Optional<Message> problem(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of(Violations.required());
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        }
        catch (URISyntaxException ex) {
            return Optional.of(Message.of("problem.url.invalid"));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(Message.of("problem.url.scheme", "http", "https"));
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of(Message.of("problem.url.host"));
        }
        if (uri.getRawUserInfo() != null) {
            // Credentials in a URL end up in logs and lists; robots take their secret separately.
            return Optional.of(Message.of("problem.url.credentials"));
        }
        if (!allowedHosts.isEmpty() && !allowedHosts.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            return Optional.of(Message.of("problem.url.not-allowed", uri.getHost(), "jixiao.security.outbound-hosts"));
        }
        return Optional.empty();
    }
}
