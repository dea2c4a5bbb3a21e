package org.jixiao.measurement;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.jixiao.indicator.Indicator;
import org.jixiao.indicator.IndicatorScope;
import org.jixiao.indicator.grammar.BeforeMonthReading;
import org.jixiao.indicator.grammar.Target;
import org.jixiao.indicator.grammar.TargetParser;
import org.jixiao.support.InEnglish;
import org.jixiao.system.error.FieldViolation;
import org.jixiao.system.error.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether a measurement can be stored: the value fits the target, the observation lies in the fiscal year and not
 * ahead of now, the texts are bounded; every violation names its field with the caller's prefix.
 */
class MeasurementChecksTests {

    private static final int FISCAL_YEAR = 2025;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** 2025-12-01 09:00 in Beijing, as in the integration tests. */
    private static final Instant NOW = Instant.parse("2025-12-01T01:00:00Z");
    private static final TargetParser PARSER = new TargetParser(BeforeMonthReading.PREVIOUS_MONTH_END);

    private static Indicator indicator(IndicatorScope scope, String printed) {
        Target target = PARSER.parse(printed, FISCAL_YEAR);
        return new Indicator(42L, 7L, scope, 1, "产出指标", "质量指标", "系统可用率", target, printed);
    }

    private static Indicator annual(String printed) {
        return indicator(IndicatorScope.ANNUAL, printed);
    }

    private static MeasurementInput text(String value, String observedAt) {
        return new MeasurementInput(value, false, observedAt, null, null);
    }

    /** What a check gives: the measurement, or the violations it added, as an English reader sees them. */
    private record Checked(NewMeasurement measurement, List<FieldViolation> violations) {
    }

    private static Checked check(Indicator indicator, MeasurementInput input, MeasurementSource source,
            String prefix) {
        Violations all = new Violations();
        NewMeasurement measurement = MeasurementChecks.check(indicator, FISCAL_YEAR, input, source, NOW, BEIJING,
                all.under(prefix)).orElse(null);
        return new Checked(measurement, InEnglish.violations(all.list()));
    }

    private static Checked check(Indicator indicator, MeasurementInput input, String prefix) {
        return check(indicator, input, MeasurementSource.MANUAL, prefix);
    }

    private static Checked check(MeasurementInput input) {
        return check(annual("≥95%"), input, "");
    }

    @Test
    void aGoodTextValueBecomesAMeasurementInTheTargetsTerms() {
        MeasurementInput input = new MeasurementInput(" 72万元 ", false, "2025-06-30", " 上半年支付 ",
                " https://example.org/receipt/1 ");

        Checked result = check(annual("≤70.6万元"), input, "");

        assertThat(result.violations()).isEmpty();
        NewMeasurement measurement = result.measurement();
        assertThat(measurement.projectId()).isEqualTo(7L);
        assertThat(measurement.indicatorId()).isEqualTo(42L);
        assertThat(measurement.value()).isEqualByComparingTo("720000");
        assertThat(measurement.unit()).isEqualTo("元");
        assertThat(measurement.enteredText()).isEqualTo("72万元");
        assertThat(measurement.observedAt()).isEqualTo(Instant.parse("2025-06-29T16:00:00Z"));
        assertThat(measurement.note()).isEqualTo("上半年支付");
        assertThat(measurement.evidenceUrl()).isEqualTo("https://example.org/receipt/1");
        assertThat(measurement.source()).isEqualTo(MeasurementSource.MANUAL);
    }

    @Test
    void aNumberIsTakenInTheTargetsTermsAndKeepsNoEnteredText() {
        MeasurementInput input = new MeasurementInput("96.5", true, null, "  ", "");

        Checked result = check(annual("≥95%"), input, MeasurementSource.BULK, "");

        assertThat(result.violations()).isEmpty();
        assertThat(result.measurement().value()).isEqualByComparingTo("96.5");
        assertThat(result.measurement().unit()).isEqualTo("%");
        assertThat(result.measurement().enteredText()).isNull();
        assertThat(result.measurement().note()).isNull();
        assertThat(result.measurement().evidenceUrl()).isNull();
        assertThat(result.measurement().source()).isEqualTo(MeasurementSource.BULK);
    }

    @ParameterizedTest(name = "observed at ''{0}''")
    @ValueSource(strings = {"", "   "})
    void aBlankObservationTimeMeansNow(String observedAt) {
        assertThat(check(text("96%", observedAt)).measurement().observedAt()).isEqualTo(NOW);
        assertThat(check(text("96%", null)).measurement().observedAt()).isEqualTo(NOW);
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-01-01                | 2024-12-31T16:00:00Z
            2025-12-01                | 2025-11-30T16:00:00Z
            2025-06-30T08:00:00+08:00 | 2025-06-30T00:00:00Z
            2025-06-30T08:00:00Z      | 2025-06-30T08:00:00Z
            2025-12-01T01:00:00Z      | 2025-12-01T01:00:00Z
            2024-12-31T16:00:00Z      | 2024-12-31T16:00:00Z
            ' 2025-06-30 '            | 2025-06-29T16:00:00Z
            """)
    void observationTimesAreDatesInTheZoneOrInstants(String observedAt, Instant expected) {
        Checked result = check(text("96%", observedAt));

        assertThat(result.violations()).isEmpty();
        assertThat(result.measurement().observedAt()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}'': {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-12-01T01:00:01Z      | must not be in the future
            2025-12-02                | must not be in the future
            2026-01-01T00:00:00+08:00 | must not be in the future
            2024-12-31                | must fall in the fiscal year 2025
            2024-12-31T23:59:59+08:00 | must fall in the fiscal year 2025
            2024-12-31T15:59:59Z      | must fall in the fiscal year 2025
            30/06/2025                | must be a date (2025-06-30) or an instant (2025-06-30T08:00:00+08:00)
            2025-06-31                | must be a date (2025-06-30) or an instant (2025-06-30T08:00:00+08:00)
            2025-06-30T08:00:00       | must be a date (2025-06-30) or an instant (2025-06-30T08:00:00+08:00)
            yesterday                 | must be a date (2025-06-30) or an instant (2025-06-30T08:00:00+08:00)
            """)
    void observationTimesOutsideTheYearOrAheadOfNowAreRefused(String observedAt, String message) {
        Checked result = check(text("96%", observedAt));

        assertThat(result.measurement()).isNull();
        assertThat(result.violations()).containsExactly(new FieldViolation("observedAt", message));
    }

    @Test
    void theFiscalYearIsJudgedInTheZoneNotInUtc() {
        // 2025-01-01 00:30 in Beijing is still 2024 in UTC.
        Checked result = check(text("96%", "2025-01-01T00:30:00+08:00"));

        assertThat(result.violations()).isEmpty();
    }

    @ParameterizedTest(name = "value ''{0}''")
    @ValueSource(strings = {"", "  "})
    void aValueIsRequired(String value) {
        assertThat(check(text(value, null)).violations())
                .containsExactly(new FieldViolation("value", "is required"));
        assertThat(check(new MeasurementInput(null, true, null, null, null)).violations())
                .containsExactly(new FieldViolation("value", "is required"));
    }

    @ParameterizedTest(name = "number ''{0}''")
    @ValueSource(strings = {"96,5", "96.5%", "abc", "1e"})
    void aValueMarkedAsANumberMustBeOne(String value) {
        assertThat(check(new MeasurementInput(value, true, null, null, null)).violations())
                .containsExactly(new FieldViolation("value", "is not a number"));
    }

    @ParameterizedTest(name = "''{0}'' against {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            96%    | ≤70.6万元 | '96%' is a percent, but the target '≤70.6万元' is money
            72万元  | ≥95%     | '72万元' is money, but the target '≥95%' is a percent
            -3%    | ≥95%     | '-3%' is negative; a measured value cannot be below zero
            ≥96%   | ≥95%     | '≥96%' has a comparison, so it is a target, not a measured value; give the value alone, without ≥, ≤, 以上 or 内
            """)
    void aValueThatDoesNotFitTheTargetIsRefusedWithTheReadersReason(String value, String printed,
            String message) {
        assertThat(InEnglish.violations(check(annual(printed), text(value, null), "").violations()))
                .containsExactly(new FieldViolation("value", message));
    }

    @Test
    void aDeadlineTargetTakesNoMeasuredValue() {
        assertThat(InEnglish.violations(check(annual("10月前"), text("10月", null), "").violations()))
                .containsExactly(new FieldViolation("value", "the target '10月前' is a deadline: it is met by "
                        + "completing its milestone, not by a measured value"));
    }

    @Test
    void aNegativeNumberIsRefused() {
        assertThat(InEnglish.violations(check(new MeasurementInput("-1", true, null, null, null)).violations()))
                .containsExactly(new FieldViolation("value", "-1 is negative; a measured value cannot be below zero"));
    }

    @Test
    void periodIndicatorsTakeNoMeasurements() {
        Checked result = check(indicator(IndicatorScope.PERIOD, "≥95%"), text("96%", null), "");

        assertThat(result.measurement()).isNull();
        assertThat(result.violations()).containsExactly(new FieldViolation("indicator",
                "measurements are recorded against annual indicators; this one is a period indicator"));
    }

    @Test
    void aNoteOfTheLongestLengthIsKeptAndOneMoreCharacterIsRefused() {
        String longest = "备".repeat(MeasurementChecks.MAX_NOTE_LENGTH);

        assertThat(check(new MeasurementInput("96%", false, null, longest, null)).measurement().note())
                .isEqualTo(longest);
        assertThat(InEnglish.violations(check(new MeasurementInput("96%", false, null, longest + "注", null))
                .violations())).containsExactly(new FieldViolation("note", "is longer than 2000 characters"));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"http://example.org", "https://example.org/receipt?id=1", "HTTPS://EXAMPLE.ORG/x"})
    void evidenceLinksMayBeHttpOrHttps(String url) {
        assertThat(check(new MeasurementInput("96%", false, null, null, url)).measurement().evidenceUrl())
                .isEqualTo(url);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"ftp://example.org/receipt", "file:///etc/passwd", "example.org/receipt", "https://",
            "http://exa mple.org", "mailto:finance@example.org"})
    void otherEvidenceLinksAreRefused(String url) {
        assertThat(check(new MeasurementInput("96%", false, null, null, url)).violations())
                .containsExactly(new FieldViolation("evidenceUrl", "must be an http or https link"));
    }

    @Test
    void anEvidenceLinkOfTheLongestLengthIsKeptAndOneMoreCharacterIsRefused() {
        String prefix = "https://example.org/";
        String longest = prefix + "a".repeat(MeasurementChecks.MAX_URL_LENGTH - prefix.length());

        assertThat(check(new MeasurementInput("96%", false, null, null, longest)).violations()).isEmpty();
        assertThat(check(new MeasurementInput("96%", false, null, null, longest + "a")).violations())
                .containsExactly(new FieldViolation("evidenceUrl", "must be an http or https link"));
    }

    @Test
    void everyViolationIsNamedAtOnceWithThePrefix() {
        MeasurementInput input = new MeasurementInput(" ", false, "2026-01-01", "x".repeat(2_001), "ftp://x.org");

        Checked result = check(indicator(IndicatorScope.PERIOD, "≥95%"), input, "rows[3].");

        assertThat(result.measurement()).isNull();
        assertThat(result.violations()).extracting(FieldViolation::field).containsExactly("rows[3].indicator",
                "rows[3].value", "rows[3].observedAt", "rows[3].note", "rows[3].evidenceUrl");
    }

    @Test
    void aGoodValueIsStillRefusedWhenAnotherFieldIsWrong() {
        Checked result = check(annual("≥95%"),
                new MeasurementInput("96%", false, "2024-06-30", null, null), "lines[2].");

        assertThat(result.measurement()).isNull();
        assertThat(result.violations()).containsExactly(
                new FieldViolation("lines[2].observedAt", "must fall in the fiscal year 2025"));
    }
}
