package org.jixiao.sheet.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.error.TooLargeException;
import org.jixiao.system.text.Message;

import org.springframework.stereotype.Component;

/**
 * Opens an uploaded workbook with the safety a file from outside needs: a zip whose entries inflate far beyond their
 * compressed size (a zip bomb) or any link to another workbook is refused, size and cell counts are bounded, and no
 * formula is ever evaluated ({@link WorkbookCells}). Each worksheet with content is one project's sheet.
 */
@Component
public class WorkbookReader {

    /** An entry may inflate to at most 100 times its compressed size (POI's default allows 100 times as well). */
    private static final double MIN_INFLATE_RATIO = 0.01;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }

    private final WorkbookProperties limits;

    public WorkbookReader(WorkbookProperties limits) {
        this.limits = limits;
    }

    public List<WorksheetReading> read(byte[] file) {
        if (file.length > limits.maxFileSize().toBytes()) {
            throw new TooLargeException(Message.of("problem.workbook.too-large", limits.maxFileSize().toBytes()));
        }
        if (file.length == 0) {
            throw InvalidInputException.malformed("body", Message.of("problem.workbook.unreadable"));
        }
        try (XSSFWorkbook workbook = open(file)) {
            if (!workbook.getExternalLinksTables().isEmpty()) {
                throw InvalidInputException.invalid("body", Message.of("problem.workbook.external-links"));
            }
            if (workbook.getNumberOfSheets() > limits.maxWorksheets()) {
                throw new TooLargeException(Message.of("problem.workbook.too-many-worksheets",
                        workbook.getNumberOfSheets(), limits.maxWorksheets()));
            }
            checkCellCount(workbook);
            List<WorksheetReading> readings = new ArrayList<>();
            for (Sheet sheet : workbook) {
                WorksheetReader.read(new WorkbookCells(sheet)).ifPresent(readings::add);
            }
            if (readings.isEmpty()) {
                throw InvalidInputException.invalid("body", Message.of("problem.workbook.no-sheets"));
            }
            return readings;
        }
        catch (IOException ex) {
            throw unreadable(ex);
        }
    }

    private static XSSFWorkbook open(byte[] file) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(file));
        }
        catch (IOException | RuntimeException ex) {
            // Anything POI cannot open (not a zip, truncated, not a workbook inside) is an unreadable upload.
            if (isZipBomb(ex)) {
                throw InvalidInputException.invalid("body", Message.of("problem.workbook.zip-bomb"));
            }
            throw unreadable(ex);
        }
    }

    /** POI reports an inflation beyond the ratio with this wording, somewhere in the chain of causes. */
    private static boolean isZipBomb(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("Zip bomb")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static InvalidInputException unreadable(Exception cause) {
        InvalidInputException refusal = InvalidInputException.malformed("body",
                Message.of("problem.workbook.unreadable"));
        refusal.initCause(cause);
        return refusal;
    }

    private void checkCellCount(XSSFWorkbook workbook) {
        long count = 0;
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                count += row.getPhysicalNumberOfCells();
                if (count > limits.maxCells()) {
                    throw new TooLargeException(Message.of("problem.workbook.too-many-cells", limits.maxCells()));
                }
            }
        }
    }
}
