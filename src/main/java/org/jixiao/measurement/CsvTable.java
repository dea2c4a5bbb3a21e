package org.jixiao.measurement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.error.StorableText;
import org.jixiao.system.text.Message;

/**
 * A CSV text (RFC 4180: commas, double quotes, CRLF or LF) read into rows keyed by the header's column names.
 * Line numbers count from 1 with the header as line 1, as a spreadsheet shows them.
 */
public record CsvTable(List<String> columns, List<Row> rows) {

    public static CsvTable parse(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.malformed("body", Message.of("problem.csv.empty"));
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> records = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                }
                else if (c == '"') {
                    quoted = false;
                }
                else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            }
            else if (c == '"' && field.isEmpty()) {
                quoted = true;
            }
            else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            }
            else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                addRecord(records, lineNumbers, fields, recordLine);
                fields = new ArrayList<>();
                line++;
                recordLine = line;
            }
            else {
                field.append(c);
            }
        }
        if (quoted) {
            throw InvalidInputException.malformed("lines[" + recordLine + "]", Message.of("problem.csv.unclosed-quote"));
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            addRecord(records, lineNumbers, fields, recordLine);
        }
        if (records.isEmpty()) {
            throw InvalidInputException.malformed("body", Message.of("problem.csv.no-header"));
        }
        List<String> columns = records.getFirst().stream().map(name -> name.strip()).toList();
        columns.forEach(name -> StorableText.problem(name).ifPresent(problem -> {
            throw InvalidInputException.malformed("lines[" + lineNumbers.getFirst() + "]",
                    Message.of("problem.csv.column-name", problem));
        }));
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> values = records.get(r);
            if (values.size() > columns.size()) {
                throw InvalidInputException.malformed("lines[" + lineNumbers.get(r) + "]", Message.of("problem.csv.too-many-fields", values.size(), columns.size()));
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                String value = c < values.size() ? values.get(c).strip() : "";
                String cell = "lines[" + lineNumbers.get(r) + "]." + columns.get(c);
                StorableText.problem(value).ifPresent(problem -> {
                    throw InvalidInputException.malformed(cell, problem);
                });
                cells.put(columns.get(c).toLowerCase(Locale.ROOT), value.isEmpty() ? null : value);
            }
            rows.add(new Row(lineNumbers.get(r), cells));
        }
        return new CsvTable(columns, rows);
    }

    private static void addRecord(List<List<String>> records, List<Integer> lineNumbers, List<String> fields,
            int line) {
        boolean blank = fields.stream().allMatch(String::isBlank);
        if (!blank) {
            records.add(fields);
            lineNumbers.add(line);
        }
    }

    public boolean hasColumn(String name) {
        return columns.stream().anyMatch(column -> column.equalsIgnoreCase(name));
    }

    /** One data row: its line number and its cells by lower-case column name (blank cells are null). */
    public record Row(int line, Map<String, String> cells) {

        public String get(String column) {
            return cells.get(column.toLowerCase(Locale.ROOT));
        }
    }
}
