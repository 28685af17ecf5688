package org.candour.base;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Candour's own settings, bound from {@code candour.*} (environment variables {@code CANDOUR_*}).
 *
 * @param dataDir   where the embedded database keeps its files (CANDOUR_DATA_DIR, default ./data)
 * @param db        an external PostgreSQL; when its URL is blank the embedded database is used
 * @param demo      AUTO (demo data on the embedded database only), TRUE or FALSE (CANDOUR_DEMO)
 * @param admin     the first administrator, created on an empty database when both fields are set
 * @param publicUrl the address respondents type, printed on code letters (CANDOUR_PUBLIC_URL)
 */
@ConfigurationProperties("candour")
public record CandourProperties(Path dataDir, Db db, Demo demo, Admin admin, String publicUrl) {

    public CandourProperties {
        publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080/" : publicUrl;
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        db = db == null ? new Db(null, null, null) : db;
        demo = demo == null ? Demo.AUTO : demo;
        admin = admin == null ? new Admin(null, null) : admin;
    }

    public boolean usesEmbeddedDatabase() {
        return db.url() == null || db.url().isBlank();
    }

    public boolean demoEnabled() {
        return switch (demo) {
            case TRUE -> true;
            case FALSE -> false;
            case AUTO -> usesEmbeddedDatabase();
        };
    }

    public record Db(String url, String user, String password) {
    }

    public record Admin(String username, String password) {

        public boolean isConfigured() {
            return username != null && !username.isBlank() && password != null && !password.isBlank();
        }
    }

    public enum Demo { AUTO, TRUE, FALSE }
}
