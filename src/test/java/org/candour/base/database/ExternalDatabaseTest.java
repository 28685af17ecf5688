package org.candour.base.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.candour.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With CANDOUR_DB_URL and friends pointing at another PostgreSQL, Candour migrates that database, starts
 * no embedded server, creates the configured administrator and no demo accounts.
 */
class ExternalDatabaseTest {

    @Test
    void candourMigratesAndRunsOnAConfiguredPostgres(@TempDir Path temp) throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(temp.resolve("server"))
                .setCleanDataDirectory(true).start()) {
            try (Connection connection = external.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("create database candour_ext");
                statement.execute("create user candour_app password 'app-secret-123'");
                statement.execute("alter database candour_ext owner to candour_app");
            }
            String url = "jdbc:postgresql://localhost:" + external.getPort() + "/candour_ext";
            Path dataDir = temp.resolve("unused-data-dir");

            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                    .run("--server.port=0", "--logging.level.root=WARN",
                            "--candour.data-dir=" + dataDir,
                            "--candour.db.url=" + url, "--candour.db.user=candour_app",
                            "--candour.db.password=app-secret-123",
                            "--candour.admin.username=first.admin", "--candour.admin.password=first-admin-password")) {
                assertThat(context.isRunning()).isTrue();
            }

            try (Connection connection = external.getDatabase("candour_app", "candour_ext").getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet users = statement.executeQuery("select string_agg(username, ',') from staff_user")) {
                users.next();
                assertThat(users.getString(1)).isEqualTo("first.admin");
                try (ResultSet items = statement.executeQuery("select count(*) from item")) {
                    items.next();
                    assertThat(items.getInt(1)).isBetween(35, 45);
                }
            }
            assertThat(dataDir).doesNotExist();
        }
    }
}
