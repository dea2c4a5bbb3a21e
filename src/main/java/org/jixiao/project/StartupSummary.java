package org.jixiao.project;

import org.jixiao.system.database.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** One line at start-up that says where the service is, which database it uses and what it holds. */
@Component
class StartupSummary {

    private static final Logger log = LoggerFactory.getLogger(StartupSummary.class);

    private final Environment environment;
    private final ObjectProvider<EmbeddedPostgresServer> embeddedServer;
    private final JdbcConnectionDetails jdbc;
    private final ProjectRepository projects;

    StartupSummary(Environment environment, ObjectProvider<EmbeddedPostgresServer> embeddedServer,
            JdbcConnectionDetails jdbc, ProjectRepository projects) {
        this.environment = environment;
        this.embeddedServer = embeddedServer;
        this.jdbc = jdbc;
        this.projects = projects;
    }

    @EventListener(ApplicationReadyEvent.class)
    void summarise() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        EmbeddedPostgresServer embedded = embeddedServer.getIfAvailable();
        String database = embedded != null
                ? "embedded PostgreSQL in " + embedded.dataDirectory() + " (127.0.0.1:" + embedded.port() + ")"
                : "PostgreSQL at " + withoutCredentials(jdbc.getJdbcUrl());
        Long count = projects.count().block();
        log.info("Jixiao is ready at http://localhost:{}/api/v1/projects (API docs: http://localhost:{}/swagger-ui.html)"
                + " | database: {} | projects: {}", port, port, database, count);
    }

    private static String withoutCredentials(String jdbcUrl) {
        return jdbcUrl == null ? "(unknown)" : jdbcUrl.replaceAll("(?i)(password|user)=[^&]*", "$1=***");
    }
}
