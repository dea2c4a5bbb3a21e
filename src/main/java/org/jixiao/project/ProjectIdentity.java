package org.jixiao.project;

/** What makes two sheets the same project: department code, project name and fiscal year. */
public record ProjectIdentity(String departmentCode, String name, int fiscalYear) {

    public static ProjectIdentity of(Project project) {
        return new ProjectIdentity(project.department().code(), project.name(), project.fiscalYear());
    }
}
