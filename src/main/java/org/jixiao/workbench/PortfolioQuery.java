package org.jixiao.workbench;

import org.jixiao.light.Light;

/**
 * Filters and a page over the portfolio. Null filters match everything.
 *
 * @param nameFragment matched case-insensitively anywhere in the project name
 * @param page zero-based page number
 */
public record PortfolioQuery(Integer fiscalYear, String departmentCode, Light light, String nameFragment, int page,
        int size) {

    public long offset() {
        return (long) page * size;
    }
}
