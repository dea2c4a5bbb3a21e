package org.jixiao.sheet.workbook;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels the 项目支出绩效目标表 prints, by which the blocks of a worksheet are found wherever they sit. A cell is
 * compared after {@link #normalised normalising}: spaces, a trailing colon, full-width brackets and a leading 其中
 * do not matter, so 「其中：中央财政资金」 and 「中央财政资金」 are the same label.
 */
final class SheetLabels {

    static final String TITLE = "项目支出绩效目标表";
    static final String PROJECT_NAME = "项目名称";
    static final String DEPARTMENT = "主管部门及代码";
    static final String IMPLEMENTING_UNIT = "实施单位";
    static final String ATTRIBUTE = "项目属性";
    static final String PERIOD = "项目期";
    static final String FUNDING = "项目资金（元）";
    static final String PERIOD_TOTAL = "实施期资金总额";
    static final String ANNUAL_TOTAL = "年度资金总额";
    static final String CENTRAL = "中央财政资金";
    static final String PROVINCIAL = "省级财政资金";
    static final String CITY_COUNTY = "市县（区）财政资金";
    static final String SELF_RAISED = "单位自筹";
    static final String OTHER = "其他资金";
    static final String OVERVIEW = "项目概况";
    static final String BASIS = "立项依据";
    static final String NECESSITY = "项目设立必要性";
    static final String SAFEGUARDS = "保证项目实施的制度、措施";
    static final String PLAN = "项目实施计划";
    static final String GOALS = "总体目标";
    static final String PERIOD_GOAL = "实施期目标";
    static final String ANNUAL_GOAL = "年度目标";
    static final String INDICATORS = "绩效指标";
    static final String LEVEL1 = "一级指标";
    static final String LEVEL2 = "二级指标";
    static final String LEVEL3 = "三级指标";
    static final String TARGET = "指标值";
    /** The split target of some vendors' systems: 指标性质 (定量/定性), 计算符号, 指标值, 计量单位. */
    static final String NATURE = "指标性质";
    static final String SYMBOL = "计算符号";
    static final String UNIT = "计量单位";
    static final String OWNER = "负责人";
    static final String HANDLER = "经办人";
    static final String PHONE = "联系电话";
    static final String FILLED_AT = "填报日期";
    /** Not on the official form: the budget table's figure and the transcriber's notes, kept below the sign-off. */
    static final String BUDGET_WAN = "预算数（万元）";
    static final String NOTES = "转录说明";

    static final List<String> INDICATOR_HEADINGS = List.of(LEVEL1, LEVEL2, LEVEL3, TARGET);

    private static final Set<String> ALL = Set.of(TITLE, PROJECT_NAME, DEPARTMENT, "主管部门", IMPLEMENTING_UNIT,
            ATTRIBUTE, PERIOD, FUNDING, "项目资金", PERIOD_TOTAL, ANNUAL_TOTAL, CENTRAL, PROVINCIAL, CITY_COUNTY,
            SELF_RAISED, OTHER, OVERVIEW, BASIS, NECESSITY, SAFEGUARDS, PLAN, GOALS, PERIOD_GOAL, ANNUAL_GOAL,
            INDICATORS, LEVEL1, LEVEL2, LEVEL3, TARGET, NATURE, SYMBOL, UNIT, OWNER, HANDLER, PHONE, FILLED_AT,
            BUDGET_WAN, NOTES).stream().map(SheetLabels::normalised).collect(java.util.stream.Collectors.toSet());

    private static final Pattern FISCAL_YEAR = Pattern.compile("\\(?(\\d{4})年度?\\)?");

    private SheetLabels() {
    }

    /** A cell's text as compared with the labels. */
    static String normalised(String text) {
        if (text == null) {
            return "";
        }
        String plain = text.replaceAll("[\\s\\u3000]+", "").replace('（', '(').replace('）', ')')
                .replaceAll("[:：]+$", "");
        return plain.startsWith("其中") ? plain.substring(2).replaceAll("^[:：]+", "") : plain;
    }

    static boolean is(String text, String label) {
        return text != null && normalised(text).equals(normalised(label));
    }

    /** Whether a cell holds one of the form's labels rather than a value. */
    static boolean isLabel(String text) {
        return text != null && ALL.contains(normalised(text));
    }

    /** The year of the line under the title, 「（2025年度）」; -1 when the text is not such a line. */
    static int fiscalYear(String text) {
        Matcher year = FISCAL_YEAR.matcher(normalised(text));
        return year.matches() ? Integer.parseInt(year.group(1)) : -1;
    }

    /** How the form prints the fiscal year under the title. */
    static String fiscalYearLine(int fiscalYear) {
        return "（" + fiscalYear + "年度）";
    }
}
