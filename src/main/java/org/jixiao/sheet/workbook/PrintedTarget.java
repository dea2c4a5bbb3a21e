package org.jixiao.sheet.workbook;

import java.util.Map;

/**
 * The target as the official form prints it (「≥2500核」), put together from the split columns some vendors' systems
 * export: 指标性质 (定量/定性), 计算符号, 指标值, 计量单位. A qualitative target is its value alone; a quantitative one
 * is symbol, value and unit, where 「=」 prints as nothing (「293台」).
 */
final class PrintedTarget {

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("=", ""), Map.entry("＝", ""), Map.entry("等于", ""),
            Map.entry(">=", "≥"), Map.entry("≥", "≥"), Map.entry("≧", "≥"), Map.entry("大于等于", "≥"),
            Map.entry("<=", "≤"), Map.entry("≤", "≤"), Map.entry("≦", "≤"), Map.entry("小于等于", "≤"),
            Map.entry(">", ">"), Map.entry("＞", ">"), Map.entry("大于", ">"),
            Map.entry("<", "<"), Map.entry("＜", "<"), Map.entry("小于", "<"));

    private PrintedTarget() {
    }

    /** Null when all the parts are blank. */
    static String combine(String nature, String symbol, String value, String unit) {
        if (value == null && symbol == null && unit == null) {
            return null;
        }
        if ("定性".equals(nature)) {
            return value;
        }
        String printedSymbol = symbol == null ? "" : SYMBOLS.getOrDefault(symbol.strip(), symbol.strip());
        String printedValue = value == null ? "" : value;
        if (!printedSymbol.isEmpty() && printedValue.startsWith(printedSymbol)) {
            printedSymbol = "";
        }
        String printedUnit = unit == null || printedValue.endsWith(unit) ? "" : unit;
        String target = printedSymbol + printedValue + printedUnit;
        return target.isEmpty() ? null : target;
    }
}
