package org.jixiao.benchmark;

/** What the benchmarks share: the vocabulary of their generated projects, and reading their options. */
final class BenchmarkSupport {

    static final String[][] DEPARTMENTS = {
            {"101", "晋城市财政局"}, {"102", "晋城市数据局"}, {"103", "晋城市教育局"}, {"104", "晋城市卫生健康委员会"},
            {"105", "晋城市交通运输局"}, {"106", "晋城市住房和城乡建设局"}, {"107", "晋城市农业农村局"},
            {"108", "晋城市生态环境局"}};

    static final String[] PROJECT_NAMES = {"城市云平台运维项目", "电子政务外网运维项目", "大数据平台运营项目",
            "智慧城市一期建设项目", "政务服务一网通办升级项目", "数据中心机房改造项目", "网络安全等级保护测评项目",
            "公共数据开放平台项目", "基层治理信息系统项目", "视频会议系统运维项目", "校园安全监控建设项目",
            "农村饮水安全信息化项目"};

    private BenchmarkSupport() {
    }

    /** The value of {@code --name=value} among the arguments, or null. */
    static String option(String[] args, String name) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return arg.substring(name.length() + 3);
            }
        }
        return null;
    }

    static int intOption(String[] args, String name, int defaultValue) {
        String value = option(args, name);
        return value == null ? defaultValue : Integer.parseInt(value);
    }
}
