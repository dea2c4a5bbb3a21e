package org.jixiao.system.database;

import java.nio.file.Path;

/** Another live Jixiao process runs the embedded PostgreSQL of this data directory. */
public class EmbeddedDatabaseInUseException extends IllegalStateException {

    private final Path dataDirectory;

    public EmbeddedDatabaseInUseException(Path dataDirectory) {
        super("The embedded database directory " + dataDirectory + " is in use by another running Jixiao process");
        this.dataDirectory = dataDirectory;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }
}
