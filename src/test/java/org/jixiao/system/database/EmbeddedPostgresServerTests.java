package org.jixiao.system.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmbeddedPostgresServerTests {

    @Test
    void aDataDirectoryInUseIsRefusedAndTheRunningServerIsLeftAlone(@TempDir Path directory) throws Exception {
        try (EmbeddedPostgresServer running = EmbeddedPostgresServer.start(properties(directory))) {
            assertThatExceptionOfType(EmbeddedDatabaseInUseException.class)
                    .isThrownBy(() -> EmbeddedPostgresServer.start(properties(directory)))
                    .satisfies(failure -> assertThat(failure.dataDirectory()).isEqualTo(directory));
            assertThat(query(running, "select 1")).isEqualTo("1");
        }
    }

    @Test
    void commitsAreDurable(@TempDir Path directory) throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties(directory))) {
            assertThat(query(server, "show synchronous_commit")).isEqualTo("on");
            assertThat(query(server, "show fsync")).isEqualTo("on");
        }
    }

    @Test
    void theDatabaseIsCreatedOnceAndKeptAcrossRestarts(@TempDir Path directory) throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties(directory))) {
            execute(server, "create table kept (value text); insert into kept values ('鉴')");
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties(directory))) {
            assertThat(query(server, "select value from kept")).isEqualTo("鉴");
        }
    }

    private static EmbeddedDatabaseProperties properties(Path directory) {
        return new EmbeddedDatabaseProperties(directory, 0, "jixiao", false);
    }

    private static String query(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), null);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void execute(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), null);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
