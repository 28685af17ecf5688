package org.candour.base.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.candour.base.CandourProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Chooses the database: an external PostgreSQL when CANDOUR_DB_URL is set, otherwise the embedded one.
 * Connects once at start-up so that a wrong address or password fails with a clear message.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseHolder embeddedDatabase(CandourProperties properties) {
        if (!properties.usesEmbeddedDatabase()) {
            return new EmbeddedDatabaseHolder(null);
        }
        EmbeddedDatabase database = EmbeddedDatabase.start(properties.dataDir());
        log.info("Database: embedded PostgreSQL, files in {}", database.directory());
        return new EmbeddedDatabaseHolder(database);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(CandourProperties properties, EmbeddedDatabaseHolder embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("candour");
        config.setMaximumPoolSize(20);
        // A release stores its published figures as JDBC batches (about 100,000 rows for a force of 50 units):
        // rewritten into multi-row inserts they take a second instead of ten.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        String safeUrl;
        if (embedded.database() != null) {
            config.setJdbcUrl(embedded.database().jdbcUrl());
            safeUrl = "embedded PostgreSQL";
        } else {
            config.setJdbcUrl(properties.db().url());
            config.setUsername(properties.db().user());
            config.setPassword(properties.db().password());
            safeUrl = withoutSecrets(properties.db().url());
            log.info("Database: {} as user {}", safeUrl, properties.db().user());
        }
        // Fail fast with our own message instead of a pool's stack trace, before the pool exists.
        verifyConnection(config, safeUrl);
        return new HikariDataSource(config);
    }

    private static void verifyConnection(HikariConfig config, String safeUrl) {
        Properties connectionProperties = new Properties();
        if (config.getUsername() != null) {
            connectionProperties.setProperty("user", config.getUsername());
        }
        if (config.getPassword() != null) {
            connectionProperties.setProperty("password", config.getPassword());
        }
        connectionProperties.setProperty("connectTimeout", "10");
        connectionProperties.setProperty("loginTimeout", "10");
        try (Connection connection = new org.postgresql.Driver().connect(config.getJdbcUrl(), connectionProperties)) {
            if (connection == null) {
                throw new DatabaseStartupException("CANDOUR_DB_URL is not a PostgreSQL JDBC address: " + safeUrl,
                        "Use the form jdbc:postgresql://host:5432/database.", null);
            }
            int major = connection.getMetaData().getDatabaseMajorVersion();
            if (major < 15) {
                throw new DatabaseStartupException("The database at " + safeUrl + " runs PostgreSQL " + major + ".",
                        "Candour needs PostgreSQL 15 or newer.", null);
            }
        } catch (SQLException e) {
            throw DatabaseStartupException.unreachable(safeUrl, e);
        }
    }

    /** Drops query parameters (they may carry a password) from a JDBC URL before it is logged. */
    static String withoutSecrets(String url) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        return base.replaceAll("//[^/@]*@", "//");
    }

    /** Keeps the (optional) embedded server as a bean so that it stops with the context. */
    record EmbeddedDatabaseHolder(EmbeddedDatabase database) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            if (database != null) {
                database.close();
            }
        }
    }
}
