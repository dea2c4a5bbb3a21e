package org.jixiao.indicator.grammar;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The spellings of a comparison, in front of a number ({@code ≥}, {@code 不低于}) or after it ({@code 以上},
 * {@code 以内}). Symbols arrive already canonical from {@link TextNormaliser}.
 */
final class ComparatorVocabulary {

    /** A comparison found at the start or end of a text, and how many characters it took. */
    record Match(ComparisonOperator operator, int length) {
    }

    // Longest first, so 大于等于 wins over 大于 and 不低于 over 低于.
    private static final List<Map.Entry<String, ComparisonOperator>> PREFIXES = sortedLongestFirst(Map.ofEntries(
            Map.entry("≥", ComparisonOperator.GE), Map.entry(">", ComparisonOperator.GT),
            Map.entry("≤", ComparisonOperator.LE), Map.entry("<", ComparisonOperator.LT),
            Map.entry("=", ComparisonOperator.EQ),
            Map.entry("不低于", ComparisonOperator.GE), Map.entry("不少于", ComparisonOperator.GE),
            Map.entry("不小于", ComparisonOperator.GE), Map.entry("大于等于", ComparisonOperator.GE),
            Map.entry("大于或等于", ComparisonOperator.GE), Map.entry("至少", ComparisonOperator.GE),
            Map.entry("达到", ComparisonOperator.GE), Map.entry("最少", ComparisonOperator.GE),
            Map.entry("大于", ComparisonOperator.GT), Map.entry("高于", ComparisonOperator.GT),
            Map.entry("超过", ComparisonOperator.GT), Map.entry("多于", ComparisonOperator.GT),
            Map.entry("不高于", ComparisonOperator.LE), Map.entry("不超过", ComparisonOperator.LE),
            Map.entry("不多于", ComparisonOperator.LE), Map.entry("不大于", ComparisonOperator.LE),
            Map.entry("小于等于", ComparisonOperator.LE), Map.entry("小于或等于", ComparisonOperator.LE),
            Map.entry("最多", ComparisonOperator.LE), Map.entry("控制在", ComparisonOperator.LE),
            Map.entry("小于", ComparisonOperator.LT), Map.entry("低于", ComparisonOperator.LT),
            Map.entry("少于", ComparisonOperator.LT), Map.entry("等于", ComparisonOperator.EQ)));

    private static final List<Map.Entry<String, ComparisonOperator>> SUFFIXES = sortedLongestFirst(Map.ofEntries(
            Map.entry("以上", ComparisonOperator.GE), Map.entry("及以上", ComparisonOperator.GE),
            Map.entry("以下", ComparisonOperator.LE), Map.entry("及以下", ComparisonOperator.LE),
            Map.entry("以内", ComparisonOperator.LE), Map.entry("之内", ComparisonOperator.LE),
            Map.entry("内", ComparisonOperator.LE)));

    private ComparatorVocabulary() {
    }

    /** The comparison the text starts with, or {@code null}. */
    static Match prefix(String text) {
        for (Map.Entry<String, ComparisonOperator> entry : PREFIXES) {
            if (text.startsWith(entry.getKey())) {
                return new Match(entry.getValue(), entry.getKey().length());
            }
        }
        return null;
    }

    /** The comparison the text ends with, or {@code null}. */
    static Match suffix(String text) {
        for (Map.Entry<String, ComparisonOperator> entry : SUFFIXES) {
            if (text.endsWith(entry.getKey())) {
                return new Match(entry.getValue(), entry.getKey().length());
            }
        }
        return null;
    }

    /** Whether the character is a canonical comparison sign. */
    static boolean isSign(char c) {
        return c == '≥' || c == '≤' || c == '>' || c == '<' || c == '=';
    }

    private static List<Map.Entry<String, ComparisonOperator>> sortedLongestFirst(
            Map<String, ComparisonOperator> spellings) {
        return spellings.entrySet()
            .stream()
            .sorted(Comparator.comparingInt((Map.Entry<String, ComparisonOperator> e) -> e.getKey().length())
                .reversed()
                .thenComparing(Map.Entry::getKey))
            .toList();
    }

}
