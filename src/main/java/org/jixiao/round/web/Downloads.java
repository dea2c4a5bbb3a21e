package org.jixiao.round.web;

import java.util.List;
import java.util.function.Supplier;

import org.jixiao.evaluation.export.ExportFormat;
import org.jixiao.evaluation.export.Table;
import org.jixiao.evaluation.export.TableWriters;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The answer of a read that may be exported: the JSON body, or the tables as a CSV or XLSX attachment. */
final class Downloads {

    private Downloads() {
    }

    /**
     * @param tables the sheets of the workbook; CSV holds the first only
     */
    static ResponseEntity<?> answer(ExportFormat format, Object body, Supplier<List<Table>> tables, String file) {
        return switch (format) {
            case JSON -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
            case CSV -> attachment(TableWriters.csv(tables.get().getFirst()), "text/csv;charset=UTF-8",
                    file + ".csv");
            case XLSX -> attachment(TableWriters.xlsx(tables.get()), TableWriters.XLSX, file + ".xlsx");
        };
    }

    private static ResponseEntity<byte[]> attachment(byte[] bytes, String type, String file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build()
                        .toString())
                .body(bytes);
    }
}
