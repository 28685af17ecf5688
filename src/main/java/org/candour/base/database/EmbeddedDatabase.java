package org.candour.base.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The default database: a real PostgreSQL run from the application, with its files under the data
 * directory so that data survives restarts. Closed (and the server stopped) with the Spring context.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path directory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path directory) {
        this.postgres = postgres;
        this.directory = directory;
    }

    static EmbeddedDatabase start(Path dataDir) {
        Path directory = dataDir.toAbsolutePath().normalize().resolve("postgres");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw DatabaseStartupException.dataDirectoryNotWritable(dataDir, e);
        }
        if (!Files.isWritable(directory)) {
            throw DatabaseStartupException.dataDirectoryNotWritable(dataDir, null);
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    // Hardening for a database that holds sealed ballots: local connections only.
                    .setServerConfig("listen_addresses", "localhost")
                    // Never write statements (and with them bound codes or ciphertext) to the server log.
                    .setServerConfig("log_statement", "none")
                    .setServerConfig("log_min_error_statement", "panic")
                    .start();
            return new EmbeddedDatabase(postgres, directory);
        } catch (IOException | RuntimeException e) {
            throw DatabaseStartupException.embeddedFailed(directory, e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    Path directory() {
        return directory;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
