package org.jixiao.project;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PrintedDateTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            20250226171011             | 2025-02-26
            20250226                   | 2025-02-26
            202502261710               | 2025-02-26
            2021年3月15日               | 2021-03-15
            2021年3月15                 | 2021-03-15
            2021 年 3 月 15 日          | 2021-03-15
            2021年03月15号              | 2021-03-15
            2021.3.15                  | 2021-03-15
            2021-3-15                  | 2021-03-15
            2021/3/15                  | 2021-03-15
            2025-02-26                 | 2025-02-26
            2025-02-26T17:10:11        | 2025-02-26
            2025-02-26 17:10           | 2025-02-26
            2025-02-26T17:10:11.250+08:00 | 2025-02-26
            ２０２１．３．１５            | 2021-03-15
            '  2021.3.15 '             | 2021-03-15
            """)
    void aPrintedDayIsRead(String printed, LocalDate day) {
        PrintedDate date = PrintedDate.read(printed).orElseThrow();

        assertThat(date.day()).isEqualTo(day);
        assertThat(date.month()).isEqualTo(YearMonth.from(day));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2021-3     | 2021-03
            2021.03    | 2021-03
            2021/12    | 2021-12
            2021年3月   | 2021-03
            """)
    void aPrintedMonthIsReadWithoutADay(String printed, YearMonth month) {
        PrintedDate date = PrintedDate.read(printed).orElseThrow();

        assertThat(date.month()).isEqualTo(month);
        assertThat(date.day()).isNull();
    }

    @ParameterizedTest(name = "''{0}''")
    @NullSource
    @ValueSource(strings = {"", " ", "\u3000", "见附件", "2025-02-30", "2025-13-01", "20250230", "20250226991011",
            "2025022617101", "2025-02-26 25:00", "2021年", "2021", "21.3.15", "0000-01-01", "2101-01-01",
            "2025-02-26 later", "3/15/2021", "2021-3-15-7"})
    void blankOrGarbageReadsAsNothing(String printed) {
        assertThat(PrintedDate.read(printed)).isEmpty();
    }
}
