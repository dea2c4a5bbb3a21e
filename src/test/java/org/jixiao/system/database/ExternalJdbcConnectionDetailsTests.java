package org.jixiao.system.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ExternalJdbcConnectionDetailsTests {

    @ParameterizedTest
    @CsvSource({
            "r2dbc:postgresql://db.city.gov:5432/jixiao, jdbc:postgresql://db.city.gov:5432/jixiao",
            "r2dbc:postgres://db/jixiao?sslMode=require, jdbc:postgresql://db/jixiao",
            "r2dbc:pool:postgresql://10.0.0.5/jx, jdbc:postgresql://10.0.0.5/jx",
            "r2dbcs:postgresql://db:6432/jixiao, jdbc:postgresql://db:6432/jixiao"})
    void theJdbcUrlFollowsTheR2dbcUrl(String r2dbcUrl, String jdbcUrl) {
        assertThat(ExternalJdbcConnectionDetails.toJdbcUrl(r2dbcUrl)).isEqualTo(jdbcUrl);
    }

    @Test
    void aNonPostgresUrlIsRefusedWithAHint() {
        assertThatIllegalStateException().isThrownBy(() -> ExternalJdbcConnectionDetails.toJdbcUrl("r2dbc:h2:mem:///x"))
                .withMessageContaining("spring.datasource.url");
    }

    @Test
    void datasourcePropertiesWinOverTheR2dbcOnes() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.r2dbc.url", "r2dbc:postgresql://db/jixiao")
                .withProperty("spring.r2dbc.username", "app")
                .withProperty("spring.r2dbc.password", "r2dbc-secret")
                .withProperty("spring.datasource.url", "jdbc:postgresql://primary/jixiao")
                .withProperty("spring.datasource.username", "migrator");

        ExternalJdbcConnectionDetails details = new ExternalJdbcConnectionDetails(environment);

        assertThat(details.getJdbcUrl()).isEqualTo("jdbc:postgresql://primary/jixiao");
        assertThat(details.getUsername()).isEqualTo("migrator");
        assertThat(details.getPassword()).isEqualTo("r2dbc-secret");
    }
}
