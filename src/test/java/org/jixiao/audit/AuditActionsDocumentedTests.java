package org.jixiao.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jixiao.round.ReportAction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log's table in docs/security.md lists exactly the action/entity pairs the code records. The pairs are
 * read from the source: every call of {@link AuditLog#record} on a field or parameter of type {@code AuditLog}, with
 * the action (string literals, e.g. both sides of a {@code ?:}) and the entity (a string literal) as its second and
 * third arguments.
 */
class AuditActionsDocumentedTests {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path SECURITY_DOC = Path.of("docs", "security.md");

    private static final Pattern AUDIT_LOG_VARIABLE = Pattern.compile("\\bAuditLog\\s+(\\w+)\\s*[;,)=]");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern DOCUMENTED_ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|\\s*`([^`]+)`\\s*\\|");

    @Test
    void everyRecordedActionIsListedInTheSecurityDocAndNothingElseIs() throws IOException {
        Set<String> recorded = recordedPairs();
        Set<String> documented = documentedPairs();

        assertThat(recorded).as("sanity: the audit log is written from many places").hasSizeGreaterThan(15);
        assertThat(documented).as("action/entity pairs recorded in the code but missing from the table between "
                + "<!-- audit:start --> and <!-- audit:end --> in docs/security.md").containsAll(recorded);
        assertThat(recorded).as("pairs listed in docs/security.md that the code no longer records")
                .containsAll(documented);
    }

    @Test
    void thePairsAreReadFromACallSpreadOverLinesAndFromBothSidesOfAConditional() {
        String source = """
                class Example {
                    private final AuditLog audit;
                    void write() {
                        audit.record(caller.actor(), rows.size() == 1 ? "record" : "record-bulk",
                                "measurement", id, null, Map.of("count", 1));
                        audit.record(Caller.SYSTEM.actor(), "freeze", "evaluation", project.id() + "/" + year,
                                Map.of("state", "FINAL"), null);
                    }
                }
                """;

        assertThat(pairsIn(source, "Example.java"))
                .containsExactlyInAnyOrder("record measurement", "record-bulk measurement", "freeze evaluation");
    }

    private static Set<String> recordedPairs() throws IOException {
        Set<String> pairs = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                pairs.addAll(pairsIn(Files.readString(file), file.toString()));
            }
        }
        return pairs;
    }

    /** The pairs recorded in one source file, as {@code "action entity"}. */
    static Set<String> pairsIn(String source, String file) {
        Set<String> pairs = new TreeSet<>();
        Set<String> variables = new TreeSet<>();
        Matcher variable = AUDIT_LOG_VARIABLE.matcher(source);
        while (variable.find()) {
            variables.add(variable.group(1));
        }
        for (String name : variables) {
            Matcher call = Pattern.compile("\\b" + Pattern.quote(name) + "\\s*\\.\\s*record\\s*\\(").matcher(source);
            while (call.find()) {
                List<String> arguments = arguments(source, call.end());
                assertThat(arguments).as("arguments of %s.record(…) in %s", name, file).hasSizeGreaterThan(2);
                List<String> actions = arguments.get(1).endsWith(".auditName()") ? reportActions(arguments.get(1))
                        : literals(arguments.get(1));
                List<String> entity = literals(arguments.get(2));
                assertThat(actions).as("the action of %s.record(…) in %s must be written as string literals: %s",
                        name, file, arguments.get(1)).isNotEmpty();
                assertThat(entity).as("the entity of %s.record(…) in %s must be one string literal: %s",
                        name, file, arguments.get(2)).hasSize(1);
                actions.forEach(action -> pairs.add(action + " " + entity.getFirst()));
            }
        }
        return pairs;
    }

    /**
     * A report's actions are named by {@link ReportAction#auditName()}: one constant ({@code ReportAction.SAVE
     * .auditName()}), or any of them when the action is a variable.
     */
    private static List<String> reportActions(String expression) {
        String constant = expression.replace("ReportAction.", "").replace(".auditName()", "");
        return Arrays.stream(ReportAction.values())
                .filter(action -> action.name().equals(constant) || !constant.equals(constant.toUpperCase()))
                .map(ReportAction::auditName).toList();
    }

    /** The top-level arguments of the call whose opening parenthesis ends just before {@code from}. */
    private static List<String> arguments(String source, int from) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (source.charAt(end) != '"') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                current.append(source, i, end + 1);
                i = end;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            }
            else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    arguments.add(current.toString().strip());
                    return arguments;
                }
                depth--;
            }
            else if (c == ',' && depth == 0) {
                arguments.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        throw new AssertionError("unclosed call at " + from);
    }

    private static List<String> literals(String expression) {
        List<String> literals = new ArrayList<>();
        Matcher literal = STRING_LITERAL.matcher(expression);
        while (literal.find()) {
            literals.add(literal.group(1));
        }
        return literals;
    }

    private static Set<String> documentedPairs() throws IOException {
        List<String> lines = Files.readAllLines(SECURITY_DOC);
        int start = lines.indexOf("<!-- audit:start -->");
        int end = lines.indexOf("<!-- audit:end -->");
        assertThat(start).as("docs/security.md marks the audit table with <!-- audit:start -->").isNotNegative();
        assertThat(end).as("and <!-- audit:end -->").isGreaterThan(start);
        Set<String> pairs = new TreeSet<>();
        for (String line : lines.subList(start + 1, end)) {
            Matcher row = DOCUMENTED_ROW.matcher(line);
            if (row.find()) {
                assertThat(pairs.add(row.group(1) + " " + row.group(2))).as("listed once: %s", line).isTrue();
            }
        }
        return pairs;
    }
}
