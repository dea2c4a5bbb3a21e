package org.jixiao.project;

/**
 * A filter and page over projects. Null filters match everything.
 *
 * @param nameFragment matched case-insensitively anywhere in the project name
 * @param page zero-based page number
 */
public record ProjectQuery(Integer fiscalYear, String departmentCode, String nameFragment, int page, int size) {

    public long offset() {
        return (long) page * size;
    }
}
