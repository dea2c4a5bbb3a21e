package org.jixiao.sheet.workbook;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on target-sheet workbooks (.xlsx) that are uploaded or written.
 *
 * @param maxFileSize the largest workbook file accepted; larger uploads get 413 before they are read
 * @param maxCells the most cells (with content or style) a workbook may have in all its worksheets; more get 413
 * @param maxWorksheets the most worksheets (projects) one workbook may hold, in and out
 */
@Validated
@ConfigurationProperties("jixiao.sheets.workbook")
public record WorkbookProperties(
        @NotNull @DefaultValue("10MB") DataSize maxFileSize,
        @Positive @DefaultValue("500000") int maxCells,
        @Positive @DefaultValue("300") int maxWorksheets) {
}
