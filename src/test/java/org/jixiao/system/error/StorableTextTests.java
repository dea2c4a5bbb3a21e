package org.jixiao.system.error;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class StorableTextTests {

    @ParameterizedTest(name = "''{0}'' is stored as it is")
    @ValueSource(strings = {"", "城市云平台运维项目", "line one\nline two\r\n", "a\tb", "≥95%", "𠀀 (a rare character)",
            "\u202Eright-to-left override (stripped from messages, not refused)", "emoji 😀"})
    void ordinaryTextPasses(String text) {
        assertThat(StorableText.problemWith(text)).isEmpty();
    }

    @ParameterizedTest(name = "U+{1} at {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0    | 0000 | 1
            1    | 0001 | 1
            8    | 0008 | 1
            11   | 000B | 1
            27   | 001B | 1
            127  | 007F | 1
            133  | 0085 | 1
            159  | 009F | 1
            """)
    void controlCharactersAreRefusedNamingTheCharacterAndWhere(int codePoint, String hex, int position) {
        String text = Character.toString(codePoint) + "后面";

        assertThat(StorableText.problemWith(text))
                .contains("must not contain the control character U+" + hex + " (at character " + position + ")");
    }

    @ParameterizedTest(name = "position counts characters: {0}")
    @ValueSource(strings = {"𠀀𠀀\u0000", "一二\u0000"})
    void thePositionCountsCharactersNotUtf16Units(String text) {
        assertThat(StorableText.problemWith(text)).hasValueSatisfying(problem -> assertThat(problem)
                .endsWith("(at character 3)"));
    }

    @ParameterizedTest(name = "unpaired {0}")
    @ValueSource(strings = {"\uD800", "a\uDC00", "\uD83D后"})
    void unpairedSurrogatesAreRefused(String text) {
        assertThat(StorableText.problemWith(text)).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("is not valid Unicode: an unpaired surrogate U+D"));
    }

    @Test
    void nullIsNotThisRulesConcern() {
        assertThat(StorableText.problemWith(null)).isEmpty();
    }
}
