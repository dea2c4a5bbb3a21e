package org.jixiao.measurement;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import org.jixiao.indicator.Indicator;
import org.jixiao.indicator.IndicatorScope;
import org.jixiao.system.error.Violations;
import org.jixiao.system.text.Message;

/**
 * Whether a measurement can be stored against an indicator: a value that fits the target's unit, an observation
 * inside the fiscal year and not in the future, bounded texts. Plain rules, shared by single and bulk entry.
 */
public final class MeasurementChecks {

    static final int MAX_NOTE_LENGTH = 2_000;
    static final int MAX_URL_LENGTH = 2_000;
    /** 10^15 in the target's base unit (yuan, %, hours…): beyond any real figure, within the stored precision. */
    static final BigDecimal MAX_MAGNITUDE = BigDecimal.TEN.pow(15);

    private MeasurementChecks() {
    }

    /** The measurement, or empty when it cannot be stored and {@code violations} say why. */
    public static Optional<NewMeasurement> check(Indicator indicator, int fiscalYear, MeasurementInput input,
            MeasurementSource source, Instant now, ZoneId zone, Violations violations) {
        int before = violations.count();
        if (indicator.scope() != IndicatorScope.ANNUAL) {
            violations.add("indicator", Message.of("problem.measurement.period-indicator"));
        }
        MeasuredValue value = null;
        if (input.value() == null || input.value().isBlank()) {
            violations.add("value", Violations.required());
        }
        else {
            try {
                value = input.valueIsNumber()
                        ? MeasurementReader.read(new BigDecimal(input.value()), indicator.target())
                        : MeasurementReader.read(input.value(), indicator.target(), fiscalYear);
            }
            catch (MeasurementException ex) {
                violations.add("value", ex.text());
            }
            catch (NumberFormatException ex) {
                violations.add("value", Message.of("problem.field.not-a-number"));
            }
            if (value != null && value.value().abs().compareTo(MAX_MAGNITUDE) > 0) {
                violations.add("value", Message.of("problem.measurement.out-of-range", MAX_MAGNITUDE.toPlainString(),
                        value.unit()));
                value = null;
            }
        }
        Instant observedAt = observedAt(input.observedAt(), now, zone, fiscalYear, violations);
        violations.optionalText("note", input.note(), MAX_NOTE_LENGTH);
        String evidence = blankToNull(input.evidenceUrl());
        if (evidence != null && !isWebLink(evidence)) {
            violations.add("evidenceUrl", Message.of("problem.measurement.evidence-url", "http", "https"));
        }
        if (violations.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new NewMeasurement(indicator.projectId(), indicator.id(), value.value(), value.unit(),
                input.valueIsNumber() ? null : input.value().strip(), observedAt, blankToNull(input.note()), evidence,
                source));
    }

    private static Instant observedAt(String text, Instant now, ZoneId zone, int fiscalYear,
            Violations violations) {
        if (text == null || text.isBlank()) {
            return now;
        }
        Instant observed;
        try {
            String value = text.strip();
            observed = value.length() == 10 ? LocalDate.parse(value).atStartOfDay(zone).toInstant()
                    : value.endsWith("Z") ? Instant.parse(value) : OffsetDateTime.parse(value).toInstant();
        }
        catch (DateTimeException ex) {
            violations.add("observedAt", Message.of("problem.measurement.observed-at"));
            return null;
        }
        if (observed.isAfter(now)) {
            violations.add("observedAt", Message.of("problem.field.not-in-future"));
        }
        else if (observed.atZone(zone).getYear() != fiscalYear) {
            violations.add("observedAt", Message.of("problem.measurement.fiscal-year", fiscalYear));
        }
        return observed;
    }

    private static boolean isWebLink(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && url.length() <= MAX_URL_LENGTH;
        }
        catch (URISyntaxException ex) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
