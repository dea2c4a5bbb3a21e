package org.jixiao.project;

import java.net.URI;

import org.jixiao.system.error.ConflictException;
import org.jixiao.system.text.Message;

/** A sheet for a project that is already stored (same department code, name and fiscal year). */
public class DuplicateProjectException extends ConflictException {

    private final long existingId;

    public DuplicateProjectException(ProjectIdentity identity, long existingId) {
        super(Message.of("problem.conflict.duplicate-project", identity.name(), identity.departmentCode(),
                identity.fiscalYear(), existingId), URI.create("/api/v1/projects/" + existingId));
        this.existingId = existingId;
    }

    public long existingId() {
        return existingId;
    }
}
