package org.jixiao.project;

import org.jixiao.security.ProjectVisibility;

/**
 * A filter and page over projects. Null filters match everything.
 *
 * @param nameFragment matched case-insensitively anywhere in the project name
 * @param visibility the projects the caller may see at all
 * @param page zero-based page number
 */
public record ProjectQuery(Integer fiscalYear, String departmentCode, String nameFragment,
        ProjectVisibility visibility, int page, int size) {

    public long offset() {
        return (long) page * size;
    }
}
