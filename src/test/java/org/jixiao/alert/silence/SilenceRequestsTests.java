package org.jixiao.alert.silence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.support.InEnglish;
import org.jixiao.system.error.FieldViolation;
import org.jixiao.system.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Reading a silence: known labels only, kinds and severities as the API spells them, a bounded pause, a reason. */
class SilenceRequestsTests {

    /** 2025-12-01 09:00 in Beijing. */
    private static final Instant NOW = Instant.parse("2025-12-01T01:00:00Z");
    private static final String UNTIL = "2025-12-31T18:00:00+08:00";

    private static SilenceRequest request(Map<String, Object> matchers) {
        return new SilenceRequest(matchers, UNTIL, "年底集中验收，暂停提醒");
    }

    @Test
    void aGoodSilenceIsReadWithItsValuesStripped() {
        Map<String, Object> matchers = new LinkedHashMap<>();
        matchers.put("department", " 102 ");
        matchers.put("kind", "milestone_due_soon");
        matchers.put("severity", " Warning ");
        matchers.put("project", 17);

        SilenceRequests.Checked checked = SilenceRequests.read(
                new SilenceRequest(matchers, " " + UNTIL + " ", "  年底集中验收  "), NOW);

        assertThat(checked.matchers()).containsExactly(Map.entry("department", "102"),
                Map.entry("kind", "MILESTONE_DUE_SOON"), Map.entry("project", "17"), Map.entry("severity", "WARNING"));
        assertThat(checked.until()).isEqualTo(Instant.parse("2025-12-31T10:00:00Z"));
        assertThat(checked.reason()).isEqualTo("年底集中验收");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            kind       | measurement_missing  | MEASUREMENT_MISSING
            kind       | TARGET_UNREADABLE    | TARGET_UNREADABLE
            severity   | critical             | CRITICAL
            department | 101                  | 101
            indicator  | 4711                 | 4711
            milestone  | 88                   | 88
            """)
    void everyLabelMayBeMatched(String label, String value, String expected) {
        assertThat(SilenceRequests.read(request(Map.of(label, value)), NOW).matchers())
                .containsExactly(Map.entry(label, expected));
    }

    @Test
    void numbersAreMatchedAsText() {
        assertThat(SilenceRequests.read(request(Map.of("milestone", 88L, "indicator", 4711)), NOW).matchers())
                .containsExactly(Map.entry("indicator", "4711"), Map.entry("milestone", "88"));
    }

    @Test
    void noBodyIsMalformed() {
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> SilenceRequests.read(null, NOW))
                .satisfies(ex -> {
                    assertThat(ex.malformed()).isTrue();
                    assertThat(InEnglish.violations(ex.violations()))
                            .containsExactly(new FieldViolation("body", "a silence is required"));
                });
    }

    @Test
    void atLeastOneMatcherIsRequired() {
        String message = "must name at least one of [department, indicator, kind, milestone, project, severity]";
        assertViolations(request(Map.of()), new FieldViolation("matchers", message));
        assertViolations(request(null), new FieldViolation("matchers", message));
    }

    @Test
    void unknownLabelsAreRefused() {
        assertViolations(request(Map.of("team", "ops")), new FieldViolation("matchers.team",
                "is not a label; use kind, severity, department, project, indicator or milestone"));
    }

    @Test
    void unknownKindsAndSeveritiesAreRefusedWithTheKnownOnes() {
        Map<String, Object> matchers = new LinkedHashMap<>();
        matchers.put("kind", "MILESTONE_LATE");
        matchers.put("severity", "urgent");

        assertViolations(request(matchers),
                new FieldViolation("matchers.kind", "must be one of [MILESTONE_DUE_SOON, MILESTONE_OVERDUE, "
                        + "INDICATOR_OFF_TARGET, BUDGET_EXECUTION_LAG, MEASUREMENT_MISSING, TARGET_UNREADABLE, "
                        + "REPORT_DUE_SOON, REPORT_OVERDUE, REPORT_RETURNED, REPORT_APPROVED]"),
                new FieldViolation("matchers.severity", "must be one of [INFO, WARNING, CRITICAL]"));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "   "})
    void blankValuesAreRefused(String value) {
        assertViolations(request(Map.of("department", value)),
                new FieldViolation("matchers.department", "must not be blank"));
    }

    @Test
    void valuesMustBeStringsOrNumbers() {
        Map<String, Object> matchers = new LinkedHashMap<>();
        matchers.put("project", List.of(1, 2));
        matchers.put("department", true);

        assertViolations(request(matchers),
                new FieldViolation("matchers.project", "must be a string or a number"),
                new FieldViolation("matchers.department", "must be a string or a number"));
    }

    @ParameterizedTest(name = "until {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-12-01T09:00:00+08:00 | must be in the future
            2025-11-30T09:00:00+08:00 | must be in the future
            2026-12-02T09:00:01+08:00 | must be within a year
            2030-01-01T00:00:00+08:00 | must be within a year
            """)
    void untilMustLieAheadAndWithinAYear(String until, String message) {
        assertViolations(new SilenceRequest(Map.of("department", "102"), until, "维护"),
                new FieldViolation("until", message));
    }

    @ParameterizedTest(name = "until {0}")
    @ValueSource(strings = {"2025-12-01T09:00:01+08:00", "2026-12-02T09:00:00+08:00"})
    void untilMayBeAnyTimeFromJustAheadToTheLongestPause(String until) {
        assertThat(SilenceRequests.read(new SilenceRequest(Map.of("department", "102"), until, "维护"), NOW).until())
                .isEqualTo(OffsetDateTime.parse(until).toInstant());
    }

    @ParameterizedTest(name = "until ''{0}''")
    @ValueSource(strings = {"2025-12-31", "2025-12-31T18:00:00", "tomorrow"})
    void untilNeedsAnOffset(String until) {
        assertViolations(new SilenceRequest(Map.of("department", "102"), until, "维护"),
                new FieldViolation("until", "must be a time with offset such as 2025-12-31T18:00:00+08:00 (was '"
                        + until + "')"));
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        assertViolations(new SilenceRequest(Map.of("team", "ops"), null, " "),
                new FieldViolation("matchers.team",
                        "is not a label; use kind, severity, department, project, indicator or milestone"),
                new FieldViolation("until", "is required, e.g. 2025-12-31T18:00:00+08:00"),
                new FieldViolation("reason", "is required"));
    }

    @Test
    void aReasonIsRequired() {
        assertViolations(new SilenceRequest(Map.of("department", "102"), UNTIL, null),
                new FieldViolation("reason", "is required"));
    }

    private static void assertViolations(SilenceRequest request, FieldViolation... expected) {
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> SilenceRequests.read(request, NOW))
                .satisfies(ex -> {
                    assertThat(ex.malformed()).isFalse();
                    assertThat(InEnglish.violations(ex.violations())).containsExactly(expected);
                });
    }
}
