package org.jixiao.measurement;

/**
 * A measurement as it arrives: the value as a number or as text ({@code 96.5%}, {@code 72万元}), when it was observed
 * (an ISO date or instant; empty means now), a note and a link to evidence.
 */
public record MeasurementInput(String value, boolean valueIsNumber, String observedAt, String note,
        String evidenceUrl) {
}
