package org.jixiao.indicator.grammar;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * What the unit printed after a number makes of the target: a percent, money (with its factor to yuan), a length of
 * time, or a plain count. Also refuses text that is not a unit, notably {@code 月}: {@code 3月} is a month (a
 * deadline), only {@code 3个月} is a duration.
 */
final class UnitCatalogue {

    /** The family a unit belongs to; it decides the target kind. */
    enum Family {

        PERCENT, MONEY, DURATION, QUANTITY

    }

    /**
     * A recognised unit.
     * @param printed the unit as printed, {@code null} when no unit was printed
     * @param family its family
     * @param toYuan the factor to yuan for money, else {@code null}
     * @param perUnit what a per-unit amount is per ({@code 台} in {@code 元/台}), else {@code null}
     */
    record Unit(String printed, Family family, BigDecimal toYuan, String perUnit) {
    }

    private static final Map<String, BigDecimal> MONEY = Map.of("元", BigDecimal.ONE, "千元", BigDecimal.valueOf(1_000),
            "万元", BigDecimal.valueOf(10_000), "亿元", BigDecimal.valueOf(100_000_000));

    // 分 is left out on purpose: in these sheets it means points (≥90分), not minutes.
    private static final Set<String> DURATIONS = Set.of("年", "个月", "周", "个周", "星期", "个星期", "天", "日", "个工作日",
            "工作日", "自然日", "个自然日", "小时", "个小时", "分钟", "秒", "秒钟");

    private static final int LONGEST_UNIT = 8;

    private UnitCatalogue() {
    }

    /** The unit, or {@code null} when the text cannot be a unit. An empty text is a count without a unit. */
    static Unit read(String text) {
        if (text.isEmpty()) {
            return new Unit(null, Family.QUANTITY, null, null);
        }
        if (text.length() > LONGEST_UNIT || !text.chars().allMatch(UnitCatalogue::isUnitCharacter)
                || isCalendarWord(text)) {
            return null;
        }
        if ((text.indexOf('%') >= 0 || text.indexOf('‰') >= 0) && text.length() > 1) {
            // 95%% or %个: a damaged percent, not a unit.
            return null;
        }
        if (text.equals("%")) {
            return new Unit(text, Family.PERCENT, null, null);
        }
        if (DURATIONS.contains(text)) {
            return new Unit(text, Family.DURATION, null, null);
        }
        int slash = text.indexOf('/');
        String amount = (slash < 0) ? text : text.substring(0, slash);
        String per = (slash < 0) ? null : text.substring(slash + 1);
        if (slash >= 0 && (per.isEmpty() || per.indexOf('/') >= 0 || amount.isEmpty())) {
            return null;
        }
        BigDecimal factor = MONEY.get(amount);
        if (factor != null) {
            return new Unit(text, Family.MONEY, factor, per);
        }
        return new Unit(text, Family.QUANTITY, null, null);
    }

    /** 月, 月前, 年底, 号 ... after a number are calendar words (deadlines), never units. */
    private static boolean isCalendarWord(String text) {
        char first = text.charAt(0);
        return first == '月' || first == '号' || first == '季' || ((first == '年' || first == '日') && text.length() > 1);
    }

    private static boolean isUnitCharacter(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z') || "%‰/²³㎡㎞㎏·".indexOf(c) >= 0;
    }

}
