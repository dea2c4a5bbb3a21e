package org.jixiao.alert.silence;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jixiao.alert.AlertKind;
import org.jixiao.alert.Severity;
import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.error.Violations;
import org.jixiao.system.text.Message;

/** Reads a silence request: known labels only, kinds and severities spelled as the API spells them. */
final class SilenceRequests {

    static final Set<String> LABELS = Set.of("kind", "severity", "department", "project", "indicator", "milestone");
    /** A silence is a pause, not a way to switch alerts off for good. */
    static final Duration LONGEST = Duration.ofDays(366);
    static final int MAX_REASON_LENGTH = 2_000;
    static final int MAX_MATCHER_LENGTH = 200;

    private SilenceRequests() {
    }

    record Checked(Map<String, String> matchers, Instant until, String reason) {
    }

    static Checked read(SilenceRequest request, Instant now) {
        if (request == null) {
            throw InvalidInputException.malformed("body", Message.of("problem.silence.required"));
        }
        Violations violations = new Violations();
        Map<String, String> matchers = new TreeMap<>();
        if (request.matchers() == null || request.matchers().isEmpty()) {
            violations.add("matchers", Message.of("problem.silence.no-matchers", new TreeMap<>(
                    Map.of("kind", "", "severity", "", "department", "", "project", "", "indicator", "",
                            "milestone", "")).keySet()));
        }
        else {
            request.matchers().forEach((name, value) -> {
                String field = "matchers." + name;
                if (!LABELS.contains(name)) {
                    violations.add(field, Message.of("problem.silence.not-a-label", "kind", "severity", "department",
                            "project", "indicator", "milestone"));
                    return;
                }
                if (!(value instanceof String) && !(value instanceof Number)) {
                    violations.add(field, Message.of("problem.field.string-or-number"));
                    return;
                }
                String text = value.toString().strip();
                if (name.equals("kind") || name.equals("severity")) {
                    text = text.toUpperCase(Locale.ROOT);
                    boolean known = name.equals("kind") ? isConstant(AlertKind.class, text)
                            : isConstant(Severity.class, text);
                    if (!known) {
                        violations.add(field, Message.of("problem.field.must-be", Message.of("problem.type.one-of",
                                name.equals("kind") ? List.of(AlertKind.values()) : List.of(Severity.values()))));
                        return;
                    }
                }
                if (text.isEmpty()) {
                    violations.add(field, Message.of("problem.field.blank"));
                    return;
                }
                if (!violations.optionalText(field, text, MAX_MATCHER_LENGTH)) {
                    return;
                }
                matchers.put(name, text);
            });
        }
        Instant until = null;
        if (request.until() == null) {
            violations.add("until", Message.of("problem.field.required-example", "2025-12-31T18:00:00+08:00"));
        }
        else {
            try {
                until = OffsetDateTime.parse(request.until().strip()).toInstant();
                if (!until.isAfter(now)) {
                    violations.add("until", Message.of("problem.field.in-future"));
                }
                else if (until.isAfter(now.plus(LONGEST))) {
                    violations.add("until", Message.of("problem.silence.within-year"));
                }
            }
            catch (DateTimeParseException ex) {
                violations.add("until", Message.of("problem.silence.until-format", "2025-12-31T18:00:00+08:00",
                        request.until()));
            }
        }
        violations.requiredText("reason", request.reason(), MAX_REASON_LENGTH);
        violations.throwIfAny();
        return new Checked(matchers, until, request.reason().strip());
    }

    private static <E extends Enum<E>> boolean isConstant(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
