package org.jixiao.system.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a start on a data directory that is already in use into a short answer instead of a bean-creation trace. */
class EmbeddedDatabaseInUseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseInUseException cause) {
        return new FailureAnalysis(cause.getMessage() + ".",
                "Stop the other process, or give this one its own directory with"
                        + " --jixiao.embedded-database.data-directory=<path>, or point both at a shared PostgreSQL"
                        + " server with spring.r2dbc.url.",
                cause);
    }
}
