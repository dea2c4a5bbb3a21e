package org.jixiao.evaluation.export;

import java.util.Locale;

import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.text.Message;

/**
 * How a read answers: JSON, CSV or XLSX, chosen by {@code format=json|csv|xlsx} or else by the {@code Accept} header
 * ({@code text/csv}, the XLSX media type); JSON when neither asks.
 */
public enum ExportFormat {
    JSON, CSV, XLSX;

    public static ExportFormat of(String parameter, String accept) {
        if (parameter != null) {
            return switch (parameter.strip().toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "csv" -> CSV;
                case "xlsx" -> XLSX;
                default -> throw InvalidInputException.invalid("format",
                        Message.of("problem.field.must-be-any", "json", "csv", "xlsx"));
            };
        }
        if (accept != null && accept.contains(TableWriters.XLSX)) {
            return XLSX;
        }
        if (accept != null && accept.contains(TableWriters.CSV)) {
            return CSV;
        }
        return JSON;
    }
}
