package org.jixiao.system.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.r2dbc.spi.ConnectionFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;

/**
 * The request path is reactive (R2DBC), but Flyway and the Quartz job store need JDBC. Boot creates no DataSource
 * once an R2DBC ConnectionFactory exists, so it is declared here, with both transaction managers: the reactive one
 * is primary, the JDBC one is asked for by name ({@value #JDBC_TRANSACTION_MANAGER}).
 */
@Configuration(proxyBeanMethods = false)
public class JdbcConfiguration {

    public static final String JDBC_TRANSACTION_MANAGER = "jdbcTransactionManager";

    @Bean
    @ConditionalOnProperty("spring.r2dbc.url")
    JdbcConnectionDetails externalJdbcConnectionDetails(Environment environment) {
        return new ExternalJdbcConnectionDetails(environment);
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(JdbcConnectionDetails details) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.postgresql.Driver")
                .url(details.getJdbcUrl())
                .username(details.getUsername())
                .password(details.getPassword())
                .build();
    }

    @Bean
    @Primary
    R2dbcTransactionManager transactionManager(ConnectionFactory connectionFactory) {
        return new R2dbcTransactionManager(connectionFactory);
    }

    @Bean(JDBC_TRANSACTION_MANAGER)
    JdbcTransactionManager jdbcTransactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }
}
