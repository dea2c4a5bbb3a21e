package org.jixiao.project;

import java.net.URI;

import org.jixiao.system.error.ConflictException;

/** A sheet for a project that is already stored (same department code, name and fiscal year). */
public class DuplicateProjectException extends ConflictException {

    private final long existingId;

    public DuplicateProjectException(ProjectIdentity identity, long existingId) {
        super("project '" + identity.name() + "' of department " + identity.departmentCode() + " for fiscal year "
                + identity.fiscalYear() + " already exists as project " + existingId,
                URI.create("/api/v1/projects/" + existingId));
        this.existingId = existingId;
    }

    public long existingId() {
        return existingId;
    }
}
