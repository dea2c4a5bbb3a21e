package org.jixiao.indicator.grammar;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * What the unit printed after a number makes of the target: a percent, money (with its factor to yuan), a length of
 * time, or a plain count. Also refuses text that is not a unit, notably {@code 月}: {@code 3月} is a month (a
 * deadline), only {@code 3个月} is a duration.
 * <p>
 * A bare {@code 万} or {@code 亿} is money only in a cost indicator ({@code 80万} of 成本指标 is 800,000 yuan);
 * elsewhere it stays part of a count ({@code 10万人次}, {@code 5万}).
 */
final class UnitCatalogue {

    /** The family a unit belongs to; it decides the target kind. */
    enum Family {

        PERCENT, MONEY, DURATION, QUANTITY

    }

    /**
     * A recognised unit.
     * @param printed the unit as printed (normalised), or as read where it was printed short ({@code 万元} for a
     * cost's bare {@code 万}, {@code %} for {@code 个百分点}); {@code null} when no unit was printed
     * @param family its family
     * @param toYuan the factor to yuan for money, else {@code null}
     * @param perUnit what a per-unit amount is per ({@code 台} in {@code 元/台}), else {@code null}
     * @param note what was assumed to read it so, else {@code null}
     */
    record Unit(String printed, Family family, BigDecimal toYuan, String perUnit, String note) {
    }

    private static final Map<String, BigDecimal> MONEY = Map.of("元", BigDecimal.ONE, "千元", BigDecimal.valueOf(1_000),
            "万元", BigDecimal.valueOf(10_000), "亿元", BigDecimal.valueOf(100_000_000));

    // Printed without 元, these are money only in a cost indicator.
    private static final Map<String, BigDecimal> BARE_MONEY = Map.of("万", BigDecimal.valueOf(10_000), "亿",
            BigDecimal.valueOf(100_000_000));

    private static final Set<String> PERCENTAGE_POINTS = Set.of("个百分点", "百分点");

    // The units a number spelled in Chinese numerals may carry (三次, 两个工作日, 十万人次); any other word after
    // a numeral is more likely prose (一致, 一流, 万无一失) than a measure.
    private static final Set<String> SPELLED_NUMBER_UNITS = Set.of("个", "次", "项", "人", "人次", "名", "位", "台", "套",
            "件", "条", "户", "家", "所", "座", "处", "张", "份", "本", "册", "篇", "期", "批", "场", "类", "种", "辆", "间", "栋",
            "幢", "层", "株", "棵", "亩", "公顷", "吨", "千克", "公斤", "米", "公里", "千米", "平方米", "立方米", "级", "星", "倍",
            "部", "支", "起", "轮", "门", "节", "课时", "学时", "个点", "个村", "个乡镇", "个部门", "个单位", "个系统");

    // 分 is left out on purpose: in these sheets it means points (≥90分), not minutes.
    private static final Set<String> DURATIONS = Set.of("年", "个月", "周", "个周", "星期", "个星期", "天", "日", "个工作日",
            "工作日", "自然日", "个自然日", "小时", "个小时", "分钟", "秒", "秒钟");

    private static final int LONGEST_UNIT = 8;

    private UnitCatalogue() {
    }

    /**
     * The unit, or {@code null} when the text cannot be a unit. An empty text is a count without a unit.
     * @param costIndicator whether the indicator counts costs, which makes a bare {@code 万} or {@code 亿} money
     */
    static Unit read(String text, boolean costIndicator) {
        if (text.isEmpty()) {
            return new Unit(null, Family.QUANTITY, null, null, null);
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
            return new Unit(text, Family.PERCENT, null, null, null);
        }
        if (PERCENTAGE_POINTS.contains(text)) {
            return new Unit("%", Family.PERCENT, null, null,
                    "'" + text + "' is a change in percentage points; read as a percent");
        }
        if (DURATIONS.contains(text)) {
            return new Unit(text, Family.DURATION, null, null, null);
        }
        int slash = text.indexOf('/');
        String amount = (slash < 0) ? text : text.substring(0, slash);
        String per = (slash < 0) ? null : text.substring(slash + 1);
        if (slash >= 0 && (per.isEmpty() || per.indexOf('/') >= 0 || amount.isEmpty())) {
            return null;
        }
        BigDecimal factor = MONEY.get(amount);
        if (factor != null) {
            return new Unit(text, Family.MONEY, factor, per, null);
        }
        BigDecimal bare = BARE_MONEY.get(amount);
        if (bare != null && costIndicator) {
            String read = amount + "元" + ((per == null) ? "" : "/" + per);
            return new Unit(read, Family.MONEY, bare, per,
                    "'" + amount + "' read as " + amount + "元, since the indicator counts costs");
        }
        return new Unit(text, Family.QUANTITY, null, null, null);
    }

    /**
     * Whether a number spelled in Chinese numerals may carry this unit: a percent, money, a time unit or a common
     * count word, optionally after 万 or 亿 ({@code 十万人次}).
     */
    static boolean fitsSpelledNumber(String text) {
        String unit = (text.startsWith("万") || text.startsWith("亿")) ? text.substring(1) : text;
        return text.equals("%") || PERCENTAGE_POINTS.contains(text) || MONEY.containsKey(unit)
                || DURATIONS.contains(unit) || SPELLED_NUMBER_UNITS.contains(unit)
                || (text.length() == 1 && BARE_MONEY.containsKey(text));
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
