package org.candour.base.database;

import java.nio.file.Path;

/**
 * A database problem at start-up, carrying a plain explanation and what to do about it. The
 * {@link DatabaseStartupFailureAnalyzer} prints it without a stack trace.
 */
public class DatabaseStartupException extends RuntimeException {

    private final String action;

    DatabaseStartupException(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }

    static DatabaseStartupException dataDirectoryNotWritable(Path dataDir, Throwable cause) {
        return new DatabaseStartupException(
                "The data directory " + dataDir.toAbsolutePath() + " cannot be created or written to.",
                "Give the user running Candour write access to it, or choose another directory with CANDOUR_DATA_DIR.",
                cause);
    }

    static DatabaseStartupException embeddedFailed(Path directory, Throwable cause) {
        return new DatabaseStartupException(
                "The embedded PostgreSQL could not start with its files in " + directory + " (" + rootMessage(cause) + ").",
                "Check that the directory holds a Candour database (or is empty), that no other Candour instance uses it, "
                        + "and that there is free disk space. To use your own PostgreSQL instead set CANDOUR_DB_URL.",
                cause);
    }

    static DatabaseStartupException unreachable(String safeUrl, Throwable cause) {
        String reason = rootMessage(cause);
        boolean credentials = reason.contains("password") || reason.contains("authentication");
        return new DatabaseStartupException(
                "Candour cannot connect to the database at " + safeUrl + ": " + reason,
                credentials
                        ? "Check CANDOUR_DB_USER and CANDOUR_DB_PASSWORD."
                        : "Check that PostgreSQL 15 or newer runs there and that CANDOUR_DB_URL is right "
                                + "(for example jdbc:postgresql://db.example:5432/candour).",
                cause);
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == null || root.getMessage() == null ? "unknown reason" : root.getMessage().lines().findFirst().orElse("");
    }
}
