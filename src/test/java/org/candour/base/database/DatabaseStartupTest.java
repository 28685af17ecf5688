package org.candour.base.database;

import org.candour.base.CandourProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Start-up faults end in one clear sentence and a fix, never in a stack trace wall. */
class DatabaseStartupTest {

    private final DatabaseConfiguration configuration = new DatabaseConfiguration();

    @Test
    void anUnreachableDatabaseIsExplainedWithoutItsPassword() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CandourProperties properties = new CandourProperties(null,
                new CandourProperties.Db("jdbc:postgresql://localhost:" + closedPort + "/candour?password=s3cret",
                        "candour", "s3cret"), null, null, null);

        assertThatThrownBy(() -> configuration.dataSource(properties,
                new DatabaseConfiguration.EmbeddedDatabaseHolder(null)))
                .isInstanceOfSatisfying(DatabaseStartupException.class, e -> {
                    assertThat(e.getMessage()).startsWith("Candour cannot connect to the database at jdbc:postgresql://localhost:" + closedPort + "/candour")
                            .doesNotContain("s3cret");
                    assertThat(e.action()).contains("CANDOUR_DB_URL");
                    FailureAnalysis analysis = new DatabaseStartupFailureAnalyzer().analyze(e);
                    assertThat(analysis.getDescription()).isEqualTo(e.getMessage());
                    assertThat(analysis.getAction()).isEqualTo(e.action());
                });
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsExplained(@TempDir Path temp) throws IOException {
        Path blocker = Files.writeString(temp.resolve("not-a-directory"), "a file where a directory should be");

        assertThatThrownBy(() -> EmbeddedDatabase.start(blocker))
                .isInstanceOfSatisfying(DatabaseStartupException.class, e -> {
                    assertThat(e.getMessage()).contains("cannot be created or written to");
                    assertThat(e.action()).contains("CANDOUR_DATA_DIR");
                });
    }

    @Test
    void jdbcUrlsAreLoggedWithoutCredentials() {
        assertThat(DatabaseConfiguration.withoutSecrets("jdbc:postgresql://user:pw@db:5432/candour?password=x&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/candour");
    }

    @Test
    void theEmbeddedDatabaseIsTheDefaultAndDemoDataFollowsIt() {
        CandourProperties embedded = new CandourProperties(null, null, null, null, null);
        assertThat(embedded.usesEmbeddedDatabase()).isTrue();
        assertThat(embedded.demoEnabled()).isTrue();
        assertThat(embedded.dataDir()).isEqualTo(Path.of("data"));

        CandourProperties external = new CandourProperties(null,
                new CandourProperties.Db("jdbc:postgresql://db/candour", "u", "p"), null, null, null);
        assertThat(external.demoEnabled()).isFalse();
        assertThat(new CandourProperties(null, external.db(), CandourProperties.Demo.TRUE, null, null).demoEnabled()).isTrue();
    }
}
