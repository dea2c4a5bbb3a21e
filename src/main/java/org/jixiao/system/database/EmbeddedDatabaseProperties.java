package org.jixiao.system.database;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The PostgreSQL server the service starts for itself when no {@code spring.r2dbc.url} is configured.
 *
 * @param dataDirectory where the cluster lives; kept across restarts unless {@code ephemeral}
 * @param port the port to listen on (loopback only); 0 picks a free one at each start
 * @param databaseName the database created inside the cluster for Jixiao
 * @param ephemeral use a fresh temporary directory and delete it on shutdown (tests, throw-away runs)
 */
@Validated
@ConfigurationProperties("jixiao.embedded-database")
public record EmbeddedDatabaseProperties(
        @NotNull @DefaultValue("data/postgres") Path dataDirectory,
        @Min(0) @Max(65535) @DefaultValue("0") int port,
        @NotBlank @DefaultValue("jixiao") String databaseName,
        @DefaultValue("false") boolean ephemeral) {
}
