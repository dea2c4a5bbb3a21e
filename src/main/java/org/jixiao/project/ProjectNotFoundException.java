package org.jixiao.project;

import org.jixiao.system.error.NotFoundException;

public class ProjectNotFoundException extends NotFoundException {

    public ProjectNotFoundException(long id) {
        super("project " + id + " does not exist");
    }
}
