package org.jixiao.system.database;

import io.r2dbc.spi.ConnectionFactoryOptions;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no database configured, the service runs on a PostgreSQL of its own. Boot's R2DBC pool, the JDBC
 * DataSource and Flyway all reach it through connection details, so they depend on the server bean and are
 * closed before it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseConfiguredCondition.class)
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
        return EmbeddedPostgresServer.start(properties);
    }

    @Bean
    R2dbcConnectionDetails embeddedR2dbcConnectionDetails(EmbeddedPostgresServer server) {
        ConnectionFactoryOptions options = server.r2dbcOptions();
        return () -> options;
    }

    @Bean
    JdbcConnectionDetails embeddedJdbcConnectionDetails(EmbeddedPostgresServer server) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return server.username();
            }

            @Override
            public String getPassword() {
                return null;
            }

            @Override
            public String getJdbcUrl() {
                return server.jdbcUrl();
            }
        };
    }
}
