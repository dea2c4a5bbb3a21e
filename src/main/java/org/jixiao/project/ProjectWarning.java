package org.jixiao.project;

/**
 * Something about a project's sheet that was accepted as filed but deserves a person's look: funding that does
 * not add up, an unreadable target, an ignored key.
 *
 * @param code stable machine-readable kind, e.g. {@code FUNDING_SOURCES_DO_NOT_ADD_UP}
 * @param field JSON path into the sheet, e.g. {@code funding.period}
 * @param message what was noticed, for a person
 */
public record ProjectWarning(String code, String field, String message) {
}
