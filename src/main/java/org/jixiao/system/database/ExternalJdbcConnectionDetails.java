package org.jixiao.system.database;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The JDBC side (Flyway, and later the scheduler) of an operator-configured PostgreSQL. {@code spring.datasource.*}
 * wins where set; otherwise the JDBC URL and credentials follow {@code spring.r2dbc.*}, so one URL is enough.
 */
final class ExternalJdbcConnectionDetails implements JdbcConnectionDetails {

    private static final Pattern R2DBC_POSTGRES_URL =
            Pattern.compile("^r2dbcs?:(?:pool:)?postgres(?:ql)?://(?<rest>[^?]*)(?:\\?.*)?$");

    private final String jdbcUrl;
    private final String username;
    private final String password;

    ExternalJdbcConnectionDetails(Environment environment) {
        String r2dbcUrl = environment.getProperty("spring.r2dbc.url");
        this.jdbcUrl = firstText(environment.getProperty("spring.datasource.url"), toJdbcUrl(r2dbcUrl));
        this.username = firstText(environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.r2dbc.username"));
        this.password = firstText(environment.getProperty("spring.datasource.password"),
                environment.getProperty("spring.r2dbc.password"));
    }

    static String toJdbcUrl(String r2dbcUrl) {
        if (!StringUtils.hasText(r2dbcUrl)) {
            return null;
        }
        Matcher matcher = R2DBC_POSTGRES_URL.matcher(r2dbcUrl.trim());
        if (!matcher.matches()) {
            throw new IllegalStateException("spring.r2dbc.url '" + r2dbcUrl + "' is not a PostgreSQL R2DBC URL;"
                    + " set spring.datasource.url to the matching jdbc:postgresql:// URL");
        }
        return "jdbc:postgresql://" + matcher.group("rest");
    }

    private static String firstText(String first, String second) {
        return StringUtils.hasText(first) ? first : second;
    }

    @Override
    public String getJdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getDriverClassName() {
        return "org.postgresql.Driver";
    }
}
