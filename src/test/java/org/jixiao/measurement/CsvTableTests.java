package org.jixiao.measurement;

import java.util.Map;

import org.jixiao.support.InEnglish;
import org.jixiao.system.error.FieldViolation;
import org.jixiao.system.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

/** Reading bulk measurements as CSV (RFC 4180), with line numbers as a spreadsheet shows them. */
class CsvTableTests {

    @Test
    void rowsAreKeyedByTheHeadersColumnsAndNumberedFromTheHeader() {
        CsvTable table = CsvTable.parse("""
                indicatorId,value,observedAt
                42,96.5%,2025-06-30
                43,72万元,2025-07-31
                """);

        assertThat(table.columns()).containsExactly("indicatorId", "value", "observedAt");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).line()).isEqualTo(2);
        assertThat(table.rows().get(0).get("value")).isEqualTo("96.5%");
        assertThat(table.rows().get(1).line()).isEqualTo(3);
        assertThat(table.rows().get(1).cells()).containsExactly(entry("indicatorid", "43"), entry("value", "72万元"),
                entry("observedat", "2025-07-31"));
    }

    @ParameterizedTest(name = "line ends {0}")
    @CsvSource(delimiter = '|', textBlock = """
            LF   | \\n
            CRLF | \\r\\n
            CR   | \\r
            """)
    void anyLineEndSeparatesRecords(String name, String escapedEnd) {
        String end = escapedEnd.translateEscapes();
        CsvTable table = CsvTable.parse("indicatorId,value" + end + "42,96%" + end + "43,97%");

        assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(2, 3);
        assertThat(table.rows()).extracting(row -> row.get("value")).containsExactly("96%", "97%");
    }

    @Test
    void columnNamesAreMatchedWhateverTheirCase() {
        CsvTable table = CsvTable.parse(" IndicatorId , Value \n42,96%\n");

        assertThat(table.columns()).containsExactly("IndicatorId", "Value");
        assertThat(table.hasColumn("indicatorid")).isTrue();
        assertThat(table.hasColumn("VALUE")).isTrue();
        assertThat(table.hasColumn("note")).isFalse();
        assertThat(table.rows().getFirst().get("INDICATORID")).isEqualTo("42");
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsIgnored() {
        CsvTable table = CsvTable.parse("\uFEFFindicatorId,value\n42,96%\n");

        assertThat(table.columns()).containsExactly("indicatorId", "value");
        assertThat(table.hasColumn("indicatorId")).isTrue();
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaksAndCountTheLinesTheySpan() {
        CsvTable table = CsvTable.parse("indicatorId,value,note\n"
                + "42,\"1,200台\",\"第一行\n第二行 \"\"已核实\"\"\"\n"
                + "43,96%,\n");

        assertThat(table.rows()).hasSize(2);
        CsvTable.Row first = table.rows().get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.get("value")).isEqualTo("1,200台");
        assertThat(first.get("note")).isEqualTo("第一行\n第二行 \"已核实\"");
        // The quoted note spans lines 2 and 3, so the next record starts on line 4.
        assertThat(table.rows().get(1).line()).isEqualTo(4);
    }

    @Test
    void cellsAreStrippedAndBlankOrMissingCellsAreNull() {
        CsvTable table = CsvTable.parse("indicatorId,value,note\n 42 ,  ,\n43\n");

        assertThat(table.rows().get(0).cells()).containsExactly(entry("indicatorid", "42"), entry("value", null),
                entry("note", null));
        assertThat(table.rows().get(1).cells()).containsExactly(entry("indicatorid", "43"), entry("value", null),
                entry("note", null));
    }

    @Test
    void blankLinesAreSkippedButStillCounted() {
        CsvTable table = CsvTable.parse("indicatorId,value\n\n42,96%\n , \n43,97%\n\n");

        assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(3, 5);
    }

    @Test
    void theLastRecordNeedsNoLineEnd() {
        CsvTable table = CsvTable.parse("indicatorId,value\n42,96%");

        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.cells()).isEqualTo(Map.of("indicatorid", "42", "value", "96%"));
        });
    }

    @Test
    void aHeaderAloneHasNoRows() {
        CsvTable table = CsvTable.parse("indicatorId,value\n");

        assertThat(table.columns()).containsExactly("indicatorId", "value");
        assertThat(table.rows()).isEmpty();
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsKeptAsText() {
        CsvTable table = CsvTable.parse("indicatorId,note\n42,say \"hi\"\n");

        assertThat(table.rows().getFirst().get("note")).isEqualTo("say \"hi\"");
    }

    @ParameterizedTest(name = "body ''{0}''")
    @NullSource
    @ValueSource(strings = {"", "   ", "\n"})
    void anEmptyBodyIsRefused(String text) {
        assertRefused(text, "body", "the CSV is empty; expected a header line and rows");
    }

    @ParameterizedTest(name = "body ''{0}''")
    @ValueSource(strings = {"\uFEFF", "\uFEFF\n\n", ",\n , \n"})
    void aBodyWithNoHeaderLineIsRefused(String text) {
        assertRefused(text, "body", "the CSV has no header line");
    }

    @Test
    void aRowWithMoreFieldsThanTheHeaderIsRefusedWithItsLine() {
        assertRefused("indicatorId,value\n42,96%\n\n43,97%,extra\n", "lines[4]",
                "has 3 fields but the header has 2");
    }

    @Test
    void anUnclosedQuoteIsRefusedAtTheLineItOpensOn() {
        assertRefused("indicatorId,note\n42,ok\n43,\"never\nclosed\n", "lines[3]", "a quoted field is not closed");
    }

    private static void assertRefused(String text, String field, String message) {
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> CsvTable.parse(text))
                .satisfies(ex -> {
                    assertThat(ex.malformed()).isTrue();
                    assertThat(InEnglish.violations(ex.violations())).containsExactly(new FieldViolation(field, message));
                });
    }
}
