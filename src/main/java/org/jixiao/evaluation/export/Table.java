package org.jixiao.evaluation.export;

import java.util.List;

/**
 * A sheet of cells, as both export formats write it. A cell is a String, a BigDecimal (written as a number) or null.
 *
 * @param name the sheet's name in a workbook
 */
public record Table(String name, List<List<Object>> rows) {
}
