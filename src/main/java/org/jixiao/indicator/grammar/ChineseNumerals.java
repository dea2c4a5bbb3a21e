package org.jixiao.indicator.grammar;

/**
 * Small numbers written in Arabic or Chinese numerals ({@code 10}, {@code 十}, {@code 十二}, {@code 二十一}), enough
 * for months, days and quarters.
 */
final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value 0–99, or −1 when the text is not such a number. */
    static int parse(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return (text.length() <= 2) ? Integer.parseInt(text) : -1;
        }
        int ten = text.indexOf('十');
        if (ten < 0) {
            return (text.length() == 1) ? digit(text.charAt(0)) : -1;
        }
        if (text.indexOf('十', ten + 1) >= 0) {
            return -1;
        }
        // 十 = 10, 十二 = 12, 二十 = 20, 二十一 = 21
        int tens = (ten == 0) ? 1 : (ten == 1) ? digit(text.charAt(0)) : -1;
        String rest = text.substring(ten + 1);
        int units = rest.isEmpty() ? 0 : (rest.length() == 1) ? digit(rest.charAt(0)) : -1;
        return (tens < 1 || units < 0) ? -1 : tens * 10 + units;
    }

    private static int digit(char c) {
        return DIGITS.indexOf(c);
    }

}
