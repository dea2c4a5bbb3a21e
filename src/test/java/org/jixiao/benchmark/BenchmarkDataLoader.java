package org.jixiao.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.jixiao.indicator.grammar.Target;
import org.jixiao.indicator.grammar.TargetKind;
import org.jixiao.indicator.grammar.TargetParser;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills an empty, migrated schema with a year of synthetic projects by {@code COPY}: per project two funding rows,
 * ten annual indicators (three of them deadlines) and the three milestones the deadlines imply, in the states
 * yesterday's sweep left them in. Targets are read by the real grammar, so their jsonb is what an import stores.
 *
 * <p>Secondary indexes, unique and foreign-key constraints of the loaded tables are dropped before the load and
 * recreated from their own definitions afterwards: building them once is several times faster than maintaining
 * them row by row, and reading the definitions from the catalogue keeps the benchmark in step with the migrations.
 */
final class BenchmarkDataLoader {

    static final int FISCAL_YEAR = 2025;
    static final int INDICATORS_PER_PROJECT = 10;
    static final int MILESTONES_PER_PROJECT = 3;

    private static final List<String> LOADED_TABLES = List.of("project", "funding", "indicator", "milestone");



    private static final OffsetDateTime CREATED_AT = OffsetDateTime.of(2025, 1, 10, 9, 0, 0, 0, ZoneOffset.UTC);

    private final Connection connection;
    private final LocalDate yesterday;
    private final int dueSoonDays;
    private final TargetParser parser = new TargetParser();
    private final String parsedWith = "grammar-" + TargetParser.VERSION + ";" + parser.beforeMonthReading().name();
    private final JsonMapper jsonMapper = JsonMapper.builder().build();
    private final Map<String, Target> targets = new HashMap<>();
    private final Map<String, String> targetJson = new HashMap<>();

    /**
     * @param connection an autocommit JDBC connection to the migrated, empty database
     * @param yesterday the day of the last sweep: open milestones are loaded in the state that day implies
     * @param dueSoonDays the due-soon window of the rules (days before the due date)
     */
    BenchmarkDataLoader(Connection connection, LocalDate yesterday, int dueSoonDays) {
        this.connection = connection;
        this.yesterday = yesterday;
        this.dueSoonDays = dueSoonDays;
    }

    void load(int projects, Integer milestoneFillfactor) throws SQLException, IOException {
        List<String> recreate = dropSecondaryIndexesAndConstraints();
        if (milestoneFillfactor != null) {
            execute("alter table milestone set (fillfactor = " + milestoneFillfactor + ")");
        }
        SplittableRandom random = new SplittableRandom(FISCAL_YEAR);
        List<Deadline> deadlines = new ArrayList<>(projects * MILESTONES_PER_PROJECT);
        copy("project", projects, "copy project (id, fiscal_year, department_code, department_name, name, "
                + "implementing_unit, attribute, period_years, budget_wan, overview, goal_annual, created_at, "
                + "updated_at) from stdin", out -> writeProjects(out, projects, random));
        copy("funding", 2L * projects, "copy funding (project_id, scope, total, central, provincial, city_county, "
                + "self_raised, other) from stdin", out -> writeFunding(out, projects, random));
        copy("indicator", (long) projects * INDICATORS_PER_PROJECT, "copy indicator (id, project_id, scope, "
                + "position, level1, level2, level3, target_text, original_target_text, target, parsed_with) "
                + "from stdin", out -> writeIndicators(out, projects, random, deadlines));
        copy("milestone", deadlines.size(), "copy milestone (id, project_id, indicator_id, origin, kind, title, due, "
                + "state, completed_at, on_time, waiver_reason, state_changed_at, created_by, created_at) from stdin",
                out -> writeMilestones(out, deadlines, random));

        long started = System.nanoTime();
        for (String statement : recreate) {
            execute(statement);
        }
        for (String table : List.of("project", "indicator", "milestone")) {
            // Identity columns were given explicit values; later inserts must continue after them.
            execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table
                    + "))");
        }
        progress("indexes and constraints (%d statements) rebuilt in %.1f s", recreate.size(), seconds(started));
        started = System.nanoTime();
        for (String table : LOADED_TABLES) {
            execute("vacuum (analyze) " + table);
        }
        execute("checkpoint");
        progress("vacuum, analyze and checkpoint in %.1f s", seconds(started));
    }

    /** Drops foreign keys, unique constraints and plain indexes of the loaded tables; answers how to recreate them. */
    private List<String> dropSecondaryIndexesAndConstraints() throws SQLException {
        List<String> drops = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        List<String> uniques = new ArrayList<>();
        List<String> foreignKeys = new ArrayList<>();
        String tables = "('" + String.join("', '", LOADED_TABLES) + "')";
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("""
                    select c.conrelid::regclass::text as table_name, c.conname, c.contype,
                           pg_get_constraintdef(c.oid) as definition
                      from pg_constraint c
                     where c.conrelid::regclass::text in %s and c.contype in ('u', 'f')
                     order by c.contype desc, c.conname""".formatted(tables))) {
                while (rows.next()) {
                    String table = rows.getString("table_name");
                    String name = rows.getString("conname");
                    drops.add("alter table " + table + " drop constraint " + name);
                    String add = "alter table " + table + " add constraint " + name + " "
                            + rows.getString("definition");
                    ("u".equals(rows.getString("contype")) ? uniques : foreignKeys).add(add);
                }
            }
            try (ResultSet rows = statement.executeQuery("""
                    select i.indexrelid::regclass::text as index_name, pg_get_indexdef(i.indexrelid) as definition
                      from pg_index i
                     where i.indrelid::regclass::text in %s
                       and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
                     order by 1""".formatted(tables))) {
                while (rows.next()) {
                    drops.add("drop index " + rows.getString("index_name"));
                    indexes.add(rows.getString("definition"));
                }
            }
        }
        for (String drop : drops) {
            execute(drop);
        }
        List<String> recreate = new ArrayList<>(indexes);
        recreate.addAll(uniques);
        recreate.addAll(foreignKeys);
        return recreate;
    }

    private void writeProjects(Writer out, int projects, SplittableRandom random) throws IOException {
        for (int id = 1; id <= projects; id++) {
            String[] department = BenchmarkSupport.DEPARTMENTS[id % BenchmarkSupport.DEPARTMENTS.length];
            String name = BenchmarkSupport.PROJECT_NAMES[random.nextInt(BenchmarkSupport.PROJECT_NAMES.length)] + "-" + String.format("%06d", id);
            BigDecimal budgetWan = BigDecimal.valueOf(random.nextInt(1_000, 200_000), 2);
            row(out, id, FISCAL_YEAR, department[0], department[1], name, department[1],
                    random.nextInt(3) == 0 ? "新增项目" : "延续性项目", 1 + random.nextInt(3), budgetWan,
                    "为" + department[1] + "提供" + name + "所需的服务与运维保障，全年按合同分期支付。",
                    "按期完成" + name + "年度任务，保障各项工作正常开展。", CREATED_AT, CREATED_AT);
        }
    }

    private void writeFunding(Writer out, int projects, SplittableRandom random) throws IOException {
        for (int id = 1; id <= projects; id++) {
            BigDecimal annual = BigDecimal.valueOf(random.nextInt(100_000, 20_000_000)).setScale(2);
            BigDecimal period = annual.multiply(BigDecimal.valueOf(1 + random.nextInt(3)));
            row(out, id, "PERIOD", period, BigDecimal.ZERO, BigDecimal.ZERO, period, BigDecimal.ZERO, null);
            row(out, id, "ANNUAL", annual, BigDecimal.ZERO, BigDecimal.ZERO, annual, BigDecimal.ZERO, null);
        }
    }

    private void writeIndicators(Writer out, int projects, SplittableRandom random, List<Deadline> deadlines)
            throws IOException {
        long id = 0;
        for (int project = 1; project <= projects; project++) {
            String[][] rows = {
                    {"产出指标", "数量指标", "驻场人数", "≥" + (3 + random.nextInt(10)) + "人"},
                    {"产出指标", "数量指标", "服务器运维数量", (10 * (1 + random.nextInt(50))) + "台"},
                    {"产出指标", "质量指标", "系统正常运行率", "≥" + (90 + random.nextInt(10)) + "%"},
                    {"产出指标", "时效指标", "系统上线时间", deadlineText(random, "前")},
                    {"产出指标", "时效指标", "项目验收时间", deadlineText(random, "前完成")},
                    {"产出指标", "时效指标", "尾款支付时间", deadlineText(random, "前")},
                    {"产出指标", "成本指标", "运维成本控制数", "≤" + (10 + random.nextInt(190)) + "万元"},
                    {"效益指标", "社会效益指标", "保障城市云平台、电子政务网正常运行", "保障"},
                    {"效益指标", "可持续影响指标", "数据共享机制长效运行", "长期"},
                    {"满意度指标", "服务对象满意度指标", "平台使用人员满意度", "≥" + (85 + random.nextInt(11)) + "%"}};
            for (int position = 0; position < rows.length; position++) {
                String[] indicator = rows[position];
                String text = indicator[3];
                Target target = target(text);
                id++;
                row(out, id, project, "ANNUAL", position + 1, indicator[0], indicator[1], indicator[2], text, text,
                        targetJson.get(text), parsedWith);
                if (target.kind() == TargetKind.DEADLINE) {
                    deadlines.add(new Deadline(project, id, indicator[2], target.due()));
                }
            }
        }
    }

    /**
     * Open milestones in the state {@code yesterday} implies; most of those already due were met (a tenth of them
     * late) or waived, and a few later ones were met early.
     */
    private void writeMilestones(Writer out, List<Deadline> deadlines, SplittableRandom random) throws IOException {
        long id = 0;
        for (Deadline deadline : deadlines) {
            id++;
            LocalDate due = deadline.due();
            String state = openState(due);
            LocalDate completedAt = null;
            Boolean onTime = null;
            String waiverReason = null;
            int draw = random.nextInt(100);
            if (due.isBefore(yesterday) ? draw < 75 : draw < 3) {
                boolean late = due.isBefore(yesterday) && draw < 8;
                completedAt = late ? min(due.plusDays(1 + random.nextInt(10)), yesterday)
                        : max(min(due.minusDays(random.nextInt(20)), yesterday), CREATED_AT.toLocalDate());
                onTime = !completedAt.isAfter(due);
                state = "MET";
            }
            else if (due.isBefore(yesterday) && draw < 80) {
                waiverReason = "项目计划调整，该节点取消";
                state = "WAIVED";
            }
            OffsetDateTime changed = switch (state) {
                case "MET" -> completedAt.atTime(17, 0).atOffset(ZoneOffset.UTC);
                case "WAIVED", "OVERDUE" -> sweptOn(due.plusDays(1));
                case "DUE_SOON" -> sweptOn(due.minusDays(dueSoonDays));
                default -> CREATED_AT;
            };
            row(out, id, deadline.projectId(), deadline.indicatorId(), "TARGET", kind(deadline.title()),
                    deadline.title(), due, state, completedAt, onTime, waiverReason, changed, "system", CREATED_AT);
        }
    }

    /** The rule of MilestoneRules.state for an open milestone, on {@code yesterday}. */
    private String openState(LocalDate due) {
        if (due.isBefore(yesterday)) {
            return "OVERDUE";
        }
        return ChronoUnit.DAYS.between(yesterday, due) <= dueSoonDays ? "DUE_SOON" : "UPCOMING";
    }

    /** The kind MilestoneRepository.deriveFromTargets gives a deadline with this level-3 name. */
    private static String kind(String level3) {
        if (level3.matches(".*(支付|付款|尾款|质保金).*")) {
            return "PAYMENT";
        }
        if (level3.contains("验收")) {
            return "ACCEPTANCE";
        }
        return level3.matches(".*(完成|交付|上线|部署|建成).*") ? "DELIVERY" : "OTHER";
    }

    private static OffsetDateTime sweptOn(LocalDate day) {
        LocalDate clamped = max(day, CREATED_AT.toLocalDate());
        return clamped.atTime(1, 0).atOffset(ZoneOffset.UTC);
    }

    /** Half of the deadlines fall on a month end ("6月底前"), as printed sheets favour; the rest on any day. */
    private static String deadlineText(SplittableRandom random, String suffix) {
        int month = 1 + random.nextInt(12);
        if (random.nextBoolean()) {
            return month + "月底" + suffix;
        }
        int day = 1 + random.nextInt(LocalDate.of(FISCAL_YEAR, month, 1).lengthOfMonth());
        return month + "月" + day + "日" + suffix;
    }

    private Target target(String text) {
        Target target = targets.get(text);
        if (target == null) {
            target = parser.parse(text, FISCAL_YEAR);
            if (target.kind() == TargetKind.UNPARSED || target.kind() == TargetKind.MISSING || target.suspect()
                    || (text.contains("月") && (target.kind() != TargetKind.DEADLINE || target.due() == null))) {
                throw new IllegalStateException("The grammar reads the benchmark's target \"" + text + "\" as "
                        + target.kind() + (target.suspect() ? " (suspect)" : "") + "; adjust the generator");
            }
            targets.put(text, target);
            targetJson.put(text, jsonMapper.writeValueAsString(target));
        }
        return target;
    }

    private interface RowWriter {
        void write(Writer out) throws IOException;
    }

    private void copy(String table, long expectedRows, String sql, RowWriter rows) throws SQLException, IOException {
        long started = System.nanoTime();
        PGConnection pg = connection.unwrap(PGConnection.class);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(pg, sql, 1 << 20),
                StandardCharsets.UTF_8), 1 << 20)) {
            rows.write(out);
        }
        double seconds = seconds(started);
        progress("%-9s %,10d rows in %5.1f s (%,.0f rows/s)", table, expectedRows, seconds, expectedRows / seconds);
    }

    /** One row in COPY's text format. */
    private static void row(Writer out, Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write('\t');
            }
            Object value = values[i];
            if (value == null) {
                out.write("\\N");
            }
            else if (value instanceof BigDecimal decimal) {
                out.write(decimal.setScale(2, RoundingMode.UNNECESSARY).toPlainString());
            }
            else {
                String text = value.toString();
                for (int c = 0; c < text.length(); c++) {
                    char ch = text.charAt(c);
                    switch (ch) {
                        case '\\' -> out.write("\\\\");
                        case '\t' -> out.write("\\t");
                        case '\n' -> out.write("\\n");
                        case '\r' -> out.write("\\r");
                        default -> out.write(ch);
                    }
                }
            }
        }
        out.write('\n');
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    static void progress(String format, Object... args) {
        System.out.printf("[load] " + format + "%n", args);
    }

    private record Deadline(long projectId, long indicatorId, String title, LocalDate due) {
    }
}
