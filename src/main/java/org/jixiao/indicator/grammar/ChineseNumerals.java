package org.jixiao.indicator.grammar;

import java.math.BigDecimal;

/**
 * Numbers written in Chinese numerals: small ones for months, days and quarters ({@link #parse}: {@code 十},
 * {@code 十二}, {@code 二十一}), and whole amounts for measures ({@link #number}: {@code 九十五}, {@code 两},
 * {@code 一百零五}, {@code 一万二千}, {@code 九十五点五}, and the financial forms {@code 壹佰贰拾}).
 */
final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    // The same digits in their other forms: 零 and 两 in running text, 壹 … 玖 as printed on financial documents.
    private static final String OTHER_DIGITS = "零一两三四五六七八九";

    private static final String FINANCIAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";

    /** The characters a numeral may be written with (traditional ones arrive already simplified). */
    static final String CHARACTERS = DIGITS + OTHER_DIGITS + FINANCIAL_DIGITS + "十拾百佰千仟万亿点";

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

    /**
     * The value of a number written wholly in Chinese numerals ({@code 九十五} 95, {@code 一百零五} 105,
     * {@code 一万二千} 12000, {@code 九十五点五} 95.5), or {@code null} when the text is not one. Two digits in a row
     * ({@code 九五}) are refused: that is a code or a year, not an amount.
     */
    static BigDecimal number(String text) {
        int point = text.indexOf('点');
        String whole = (point < 0) ? text : text.substring(0, point);
        Long integer = whole(whole);
        if (integer == null) {
            return null;
        }
        if (point < 0) {
            return BigDecimal.valueOf(integer);
        }
        StringBuilder decimals = new StringBuilder();
        for (char c : text.substring(point + 1).toCharArray()) {
            int d = anyDigit(c);
            if (d < 0) {
                return null;
            }
            decimals.append(d);
        }
        return decimals.isEmpty() ? null : new BigDecimal(integer + "." + decimals);
    }

    private static Long whole(String text) {
        if (text.isEmpty()) {
            return null;
        }
        long total = 0;
        long section = 0;
        long digit = 0;
        boolean pending = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int d = anyDigit(c);
            if (d >= 0) {
                if (pending) {
                    return null;
                }
                digit = d;
                pending = d > 0;
                continue;
            }
            long magnitude = magnitude(c);
            if (magnitude < 0) {
                return null;
            }
            if (magnitude < 10_000) {
                // 十五: a leading 十 counts one ten; 百, 千 need their digit (百分之百 is read by its caller).
                if (!pending && !(magnitude == 10 && i == 0)) {
                    return null;
                }
                section += (pending ? digit : 1) * magnitude;
            }
            else if (magnitude == 10_000) {
                section = (section + (pending ? digit : 0)) * magnitude;
                if (section == 0) {
                    return null;
                }
            }
            else {
                total = (total + section + (pending ? digit : 0)) * magnitude;
                section = 0;
                if (total == 0) {
                    return null;
                }
            }
            digit = 0;
            pending = false;
        }
        return total + section + (pending ? digit : 0);
    }

    private static int anyDigit(char c) {
        int d = DIGITS.indexOf(c);
        if (d < 0) {
            d = OTHER_DIGITS.indexOf(c);
        }
        return (d < 0) ? FINANCIAL_DIGITS.indexOf(c) : d;
    }

    private static long magnitude(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1_000;
            case '万' -> 10_000;
            case '亿' -> 100_000_000;
            default -> -1;
        };
    }

}
