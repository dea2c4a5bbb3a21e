package org.jixiao.alert.subscription;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jixiao.alert.AlertKind;
import org.jixiao.alert.Severity;
import org.jixiao.alert.delivery.ChannelType;
import org.jixiao.alert.subscription.SubscriptionRequest.ChannelRequest;
import org.jixiao.security.OutboundUrlPolicy;
import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.error.Violations;
import org.jixiao.system.text.Message;

/** Reads a subscription request, naming every field that is wrong at once. */
final class SubscriptionRequests {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private SubscriptionRequests() {
    }

    static NewSubscription read(SubscriptionRequest request, OutboundUrlPolicy urls, boolean mailConfigured) {
        if (request == null) {
            throw InvalidInputException.malformed("body", Message.of("problem.subscription.required"));
        }
        Violations violations = new Violations();
        Set<AlertKind> kinds = new LinkedHashSet<>();
        List<String> requested = request.kinds() == null ? List.of() : request.kinds();
        for (int i = 0; i < requested.size(); i++) {
            AlertKind kind = constant(AlertKind.class, requested.get(i));
            if (kind == null) {
                violations.add("kinds[" + i + "]", oneOf(List.of(AlertKind.values()), requested.get(i)));
            }
            else {
                kinds.add(kind);
            }
        }
        Severity minSeverity = request.minSeverity() == null ? Severity.INFO
                : constant(Severity.class, request.minSeverity());
        if (minSeverity == null) {
            violations.add("minSeverity", oneOf(List.of(Severity.values()), request.minSeverity()));
        }
        String language = request.language() == null ? "zh" : request.language().strip().toLowerCase(Locale.ROOT);
        if (!language.equals("zh") && !language.equals("en")) {
            violations.add("language", Message.of("problem.subscription.language", "zh", "en", request.language()));
        }
        String department = blankToNull(request.department());
        ChannelRequest channel = request.channel();
        ChannelType type = null;
        String address = null;
        String url = null;
        String secret = null;
        if (channel == null) {
            violations.add("channel", Message.of("problem.field.required-example",
                    "{\"type\":\"EMAIL\",\"address\":\"manager@example.org\"}"));
        }
        else {
            type = constant(ChannelType.class, channel.type());
            address = blankToNull(channel.address());
            url = blankToNull(channel.url());
            secret = blankToNull(channel.secret());
            if (type == null) {
                violations.add("channel.type", oneOf(List.of(ChannelType.values()), channel.type()));
            }
            else if (type == ChannelType.EMAIL) {
                checkEmail(address, url, secret, mailConfigured, violations);
            }
            else {
                checkUrl(type, address, url, secret, urls, violations);
            }
        }
        violations.throwIfAny();
        return new NewSubscription(department, request.project(), List.copyOf(kinds), minSeverity, type, address,
                url, secret, language);
    }

    private static void checkEmail(String address, String url, String secret, boolean mailConfigured,
            Violations violations) {
        if (address == null || !EMAIL.matcher(address).matches()) {
            violations.add("channel.address", address == null
                    ? Message.of("problem.subscription.email-address", ChannelType.EMAIL)
                    : Message.of("problem.subscription.email-address-was", ChannelType.EMAIL, address));
        }
        if (url != null || secret != null) {
            violations.add(url != null ? "channel.url" : "channel.secret",
                    Message.of("problem.subscription.not-for-email", ChannelType.EMAIL));
        }
        if (!mailConfigured) {
            violations.add("channel.type", Message.of("problem.subscription.mail-not-configured", "spring.mail.host"));
        }
    }

    private static void checkUrl(ChannelType type, String address, String url, String secret,
            OutboundUrlPolicy urls, Violations violations) {
        if (url == null) {
            violations.add("channel.url", Message.of("problem.subscription.url-required", type));
        }
        else {
            urls.problem(url).ifPresent(problem -> violations.add("channel.url", problem));
        }
        if (address != null) {
            violations.add("channel.address", Message.of("problem.subscription.email-only", ChannelType.EMAIL));
        }
        if (secret != null && type != ChannelType.DINGTALK && type != ChannelType.FEISHU) {
            violations.add("channel.secret", Message.of("problem.subscription.not-signed", type));
        }
    }

    /** "must be one of [..] (was '..')". */
    private static Message oneOf(List<?> allowed, String was) {
        return Message.of("problem.field.must-be-was", Message.of("problem.type.one-of", allowed),
                String.valueOf(was));
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
