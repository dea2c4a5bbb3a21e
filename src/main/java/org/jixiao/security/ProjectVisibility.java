package org.jixiao.security;

import java.util.Set;

/**
 * Which projects a caller may see: all of them, or those of some departments and some projects by id.
 */
public record ProjectVisibility(boolean everything, Set<String> departments, Set<Long> projects) {

    public static final ProjectVisibility EVERYTHING = new ProjectVisibility(true, Set.of(), Set.of());

    public ProjectVisibility {
        departments = Set.copyOf(departments);
        projects = Set.copyOf(projects);
    }

    public boolean admits(long projectId, String departmentCode) {
        return everything || departments.contains(departmentCode) || projects.contains(projectId);
    }
}
