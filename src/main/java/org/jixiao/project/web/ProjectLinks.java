package org.jixiao.project.web;

/** Where to go from a project. */
public record ProjectLinks(String self, String sheet, String indicators) {

    public static ProjectLinks of(long id) {
        String self = "/api/v1/projects/" + id;
        return new ProjectLinks(self, self + "/sheet", self + "/indicators");
    }
}
