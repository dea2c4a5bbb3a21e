package org.jixiao.measurement;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.jixiao.system.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The encodings a CSV of measurements arrives in, as Excel and other tools save it. */
class CsvEncodingTests {

    private static final String CSV = "indicator,project,value\n系统可用率,城市云平台运维项目,96%\n";
    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void plainUtf8IsReadAsUtf8() {
        assertThat(CsvEncoding.decode(CSV.getBytes(StandardCharsets.UTF_8), null))
                .isEqualTo(new CsvEncoding.Decoded(CSV, "UTF-8"));
    }

    @Test
    void utf8WithAByteOrderMarkLosesTheMark() {
        byte[] bytes = ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8);

        assertThat(CsvEncoding.decode(bytes, null)).isEqualTo(new CsvEncoding.Decoded(CSV, "UTF-8 (with BOM)"));
    }

    @Test
    void whatExcelSavesOnChineseWindowsIsReadAsGbk() {
        assertThat(CsvEncoding.decode(CSV.getBytes(GBK), null))
                .isEqualTo(new CsvEncoding.Decoded(CSV, "GB18030 (GBK)"));
    }

    @Test
    void unicodeTextWithAByteOrderMarkIsReadAsUtf16() {
        byte[] bytes = ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_16LE);

        assertThat(CsvEncoding.decode(bytes, null)).isEqualTo(new CsvEncoding.Decoded(CSV, "UTF-16LE (with BOM)"));
    }

    @Test
    void aDeclaredCharsetIsTrusted() {
        assertThat(CsvEncoding.decode(CSV.getBytes(GBK), GBK)).isEqualTo(new CsvEncoding.Decoded(CSV, "GBK"));
    }

    @Test
    void bytesThatAreNotTheDeclaredCharsetAreRefusedNamingIt() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> CsvEncoding.decode(CSV.getBytes(GBK), StandardCharsets.UTF_8))
                .satisfies(ex -> assertThat(ex.violations().getFirst().field()).isEqualTo("body"))
                .withMessageContaining("is not valid UTF-8 text");
    }

    @Test
    void bytesThatAreNoTextAtAllAreRefused() {
        byte[] bytes = {(byte) 0x80, (byte) 0xFF, (byte) 0xFF, (byte) 0x80};

        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> CsvEncoding.decode(bytes, null))
                .withMessageContaining("neither UTF-8 nor GBK/GB18030");
    }

    @Test
    void anEmptyBodyIsEmptyText() {
        assertThat(CsvEncoding.decode(new byte[0], null).text()).isEmpty();
        assertThat(CsvEncoding.decode(null, null).text()).isEmpty();
    }
}
