package org.jixiao.indicator.grammar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grammar against targets it was not built on: {@code never-seen-targets.psv} holds targets as other provinces'
 * sheets print them (traditional script, spelled numbers, bare 万 in cost rows, phrases without numbers, and the
 * ordinary forms), each with what it must read as. At least 95% must read exactly so, and cleanly (not suspect).
 */
class NeverSeenSheetsTests {

    private static final String CORPUS = "org/jixiao/indicator/grammar/never-seen-targets.psv";

    private static final double REQUIRED_SHARE = 0.95;

    private static final TargetParser PARSER = new TargetParser();

    /** One corpus line: the printed target, its row, and the expected reading. */
    record Expected(String text, String level2, String level3, TargetKind kind, ComparisonOperator comparator,
            String value, String unit) {

        boolean readBy(Target target) {
            if (target.kind() != this.kind || target.comparator() != this.comparator || target.suspect()) {
                return false;
            }
            return switch (this.kind) {
                case DEADLINE -> Objects.equals(target.due(), LocalDate.parse(this.value));
                case RANGE -> bounds(target).equals(this.value) && Objects.equals(target.unit(), this.unit);
                case QUANTITY, PERCENT, MONEY, DURATION -> target.value() != null
                        && target.value().compareTo(new BigDecimal(this.value)) == 0
                        && Objects.equals(target.unit(), this.unit);
                default -> true;
            };
        }

        private static String bounds(Target target) {
            return target.range().lower().value().toPlainString() + "~"
                    + target.range().upper().value().toPlainString();
        }

    }

    @Test
    void atLeastNinetyFivePercentReadAsExpected() {
        List<Expected> corpus = corpus();
        List<String> misread = new ArrayList<>();
        for (Expected expected : corpus) {
            Target target = PARSER.parse(expected.text(), 2025, expected.level2(), expected.level3());
            if (!expected.readBy(target)) {
                misread.add(expected.text() + " → " + target.kind() + " " + target.comparator() + " " + target.value()
                        + " " + target.unit() + " " + target.due() + (target.suspect() ? " (suspect)" : ""));
            }
        }
        double share = 1.0 - (double) misread.size() / corpus.size();
        System.out.printf("never-seen targets: %d of %d read as expected (%.1f%%); misread: %s%n",
                corpus.size() - misread.size(), corpus.size(), share * 100, misread);
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(150);
        assertThat(share).as("share read as expected; misread: %s", misread).isGreaterThanOrEqualTo(REQUIRED_SHARE);
    }

    @Test
    void everyKindIsInTheCorpus() {
        assertThat(corpus()).extracting(Expected::kind).contains(TargetKind.values());
    }

    private static List<Expected> corpus() {
        List<Expected> corpus = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                NeverSeenSheetsTests.class.getClassLoader().getResourceAsStream(CORPUS), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|", -1);
                assertThat(f).as("7 fields in '%s'", line).hasSize(7);
                corpus.add(new Expected(f[0], f[1], f[2], TargetKind.valueOf(f[3]),
                        f[4].isEmpty() ? null : ComparisonOperator.valueOf(f[4]), f[5], f[6].isEmpty() ? null : f[6]));
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return corpus;
    }

}
