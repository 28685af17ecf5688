import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Build step (run by exec-maven-plugin in generate-sources): starts a throwaway embedded PostgreSQL,
 * applies the Liquibase changelogs from db/, and generates the jOOQ classes from that real schema.
 * Generated code therefore can never drift from the changelogs. Skips the work when neither the
 * changelogs nor this file changed since the last run.
 *
 * Arguments: project directory, output directory, scratch directory for the database.
 */
public class GenerateJooqSources {

    private static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";
    private static final String PACKAGE = "org.candour.db";

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Path scratch = Path.of(args[2]);

        String fingerprint = fingerprint(project);
        Path stamp = output.resolve(".candour-schema-fingerprint");
        if (Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)) {
            System.out.println("[candour] jOOQ sources are up to date with db/changelog");
            return;
        }

        Files.createDirectories(scratch);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(scratch.resolve("data"))
                .setCleanDataDirectory(true)
                .start()) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                migrate(project, connection);
            }
            // One package per schema: the working tables, and the protected release analytics reads.
            generate(postgres.getJdbcUrl("postgres", "postgres"), "public", PACKAGE, output);
            generate(postgres.getJdbcUrl("postgres", "postgres"), "published", PACKAGE + ".published", output);
        }
        Files.writeString(stamp, fingerprint);
        System.out.println("[candour] jOOQ sources generated in " + output);
    }

    private static void migrate(Path project, Connection connection) throws Exception {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        try (DirectoryResourceAccessor resources = new DirectoryResourceAccessor(project)) {
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), resources), () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                    .execute());
        }
    }

    private static void generate(String jdbcUrl, String schema, String packageName, Path output) throws Exception {
        GenerationTool.generate(new Configuration()
                .withLogging(org.jooq.meta.jaxb.Logging.WARN)
                .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(jdbcUrl))
                .withGenerator(new Generator()
                        .withDatabase(new org.jooq.meta.jaxb.Database()
                                .withName("org.jooq.meta.postgres.PostgresDatabase")
                                .withInputSchema(schema)
                                .withExcludes("databasechangelog|databasechangeloglock"))
                        .withGenerate(new Generate()
                                .withRecords(true)
                                .withPojos(false)
                                .withJavaTimeTypes(true)
                                .withDeprecated(false)
                                .withImplicitJoinPathsToMany(false))
                        .withTarget(new Target()
                                .withPackageName(packageName)
                                .withDirectory(output.toString())
                                .withClean(true))));
    }

    /** A hash over every changelog file and this generator, so a change to either regenerates. */
    private static String fingerprint(Path project) throws IOException, java.security.NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.walk(project.resolve("db"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(project.relativize(file).toString().getBytes());
                digest.update(Files.readAllBytes(file));
            }
        }
        digest.update(Files.readAllBytes(project.resolve("src/build/java/GenerateJooqSources.java")));
        return HexFormat.of().formatHex(digest.digest());
    }
}
