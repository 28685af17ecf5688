package org.candour.anonymity;

import com.zaxxer.hikari.HikariDataSource;
import org.candour.IntegrationTest;
import org.candour.fieldwork.FieldworkService;
import org.candour.fieldwork.OpenWaveFixture;
import org.candour.fieldwork.Submission;
import org.candour.fieldwork.SubmissionResult;
import org.candour.sealing.AccessCodes;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The re-identification study of anonymity.md, during fieldwork: submit known responses through the real
 * path, then, with full SQL access (xmin, ctid, every table) and a pg_dump, try to recover who answered
 * what. The same attack against a deliberately naive store (plaintext, same transaction) must succeed,
 * proving the study can fail. Canary codes and comments must appear nowhere in plaintext: not in any
 * table, not in the dump, not in the logs.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AnonymityStudyTest {

    private static final int RESPONDENTS = 20;

    @Autowired
    FieldworkService fieldwork;
    @Autowired
    OpenWaveFixture fixture;
    @Autowired
    DSLContext dsl;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    HikariDataSource dataSource;

    private record Planted(String code, String codeHashHex, String comment) {
    }

    private List<Planted> plant(OpenWaveFixture.OpenWave wave) {
        List<Planted> planted = new ArrayList<>();
        for (String code : wave.codes()) {
            String comment = "CANARY-" + UUID.randomUUID() + " my sergeant said something racist";
            String canonical = AccessCodes.normalise(code).canonical();
            planted.add(new Planted(code, HexFormat.of().formatHex(AccessCodes.hash(canonical)), comment));
        }
        return planted;
    }

    private static byte[] nonce() {
        byte[] nonce = new byte[16];
        new SecureRandom().nextBytes(nonce);
        return nonce;
    }

    /** How many respondents the attacker matched to their own comment. */
    private static int recovered(Map<String, String> relinked, List<Planted> planted) {
        int hits = 0;
        for (Planted p : planted) {
            String content = relinked.get(p.codeHashHex());
            if (content != null && content.contains(p.comment())) {
                hits++;
            }
        }
        return hits;
    }

    @Test
    void aDatabaseReaderCannotRelinkRealBallotsToAnswersButCanRelinkTheNaiveDesign(CapturedOutput output)
            throws Exception {
        OpenWaveFixture.OpenWave real = fixture.openWaveWithCodes(RESPONDENTS);
        List<Planted> realPlanted = plant(real);
        for (Planted p : realPlanted) {
            assertThat(fieldwork.submit(new Submission(p.code(), nonce(), Map.of("FAIR_01", "SD"),
                    Map.of("ETHNICITY", "BLACK"), Map.of("COMMENT_01", p.comment()))))
                    .isEqualTo(SubmissionResult.RECORDED);
        }

        OpenWaveFixture.OpenWave naive = fixture.openWaveWithCodes(RESPONDENTS);
        List<Planted> naivePlanted = plant(naive);
        NaiveBallotBox naiveBox = new NaiveBallotBox(dsl, transaction);
        for (Planted p : naivePlanted) {
            naiveBox.submit(naive.waveId(), HexFormat.of().parseHex(p.codeHashHex()),
                    "{\"FAIR_01\":\"SD\",\"ETHNICITY\":\"BLACK\",\"COMMENT_01\":\"" + p.comment() + "\"}");
        }

        // The attack works on the naive design: every respondent is matched to their own answers.
        assertThat(recovered(RelinkingAttacker.relinkByTransaction(dsl, "naive_ballot", naive.waveId().toString()),
                naivePlanted)).isEqualTo(RESPONDENTS);

        // The same attack on the real ballot box pairs codes with ciphertext only: no answer is recovered.
        Map<String, String> realLinks = RelinkingAttacker.relinkByTransaction(dsl, "ballot", real.waveId().toString());
        assertThat(realLinks).hasSize(RESPONDENTS);
        assertThat(recovered(realLinks, realPlanted)).isZero();

        // Canaries: no table holds a real-path comment or code in plaintext (as text or as bytea).
        for (Planted p : realPlanted) {
            assertThat(tablesContaining(p.comment())).as("tables holding a canary comment").isEmpty();
            assertThat(tablesContaining(p.code())).as("tables holding a plain code").isEmpty();
            assertThat(tablesContaining(AccessCodes.normalise(p.code()).canonical())).isEmpty();
            assertThat(output.getAll()).doesNotContain(p.comment()).doesNotContain(p.code())
                    .doesNotContain(AccessCodes.normalise(p.code()).canonical());
        }

        // A pg_dump of the whole database holds neither: it finds the naive canaries, not the real ones.
        String dump = pgDump();
        assertThat(dump).contains(naivePlanted.getFirst().comment());
        for (Planted p : realPlanted) {
            assertThat(dump).doesNotContain(p.comment()).doesNotContain(AccessCodes.normalise(p.code()).canonical());
        }
        dsl.execute("drop table naive_ballot");
    }

    /** Every table in the schema whose rows, as text or as decoded bytea, contain the needle. */
    private List<String> tablesContaining(String needle) {
        String hexNeedle = HexFormat.of().formatHex(needle.getBytes(StandardCharsets.UTF_8));
        List<String> found = new ArrayList<>();
        for (String table : dsl.fetch("select tablename from pg_tables where schemaname = 'public'"
                + " and tablename <> 'naive_ballot'").getValues(0, String.class)) {
            boolean hit = !dsl.fetch("select 1 from \"" + table + "\" t where t::text like ? or t::text like ? limit 1",
                    "%" + needle + "%", "%" + hexNeedle + "%").isEmpty();
            if (hit) {
                found.add(table);
            }
        }
        return found;
    }

    private String pgDump() throws IOException, InterruptedException {
        Path pgDump = Path.of("/usr/bin/pg_dump");
        if (System.getenv("CI") == null) {
            assumeTrue(Files.isExecutable(pgDump), "pg_dump not installed");
        }
        String url = dataSource.getJdbcUrl();
        String port = url.replaceAll(".*localhost:(\\d+)/.*", "$1");
        Path file = Files.createTempFile("candour-dump", ".sql");
        try {
            Process process = new ProcessBuilder(pgDump.toString(), "-h", "localhost", "-p", port, "-U", "postgres",
                    "--no-password", "-f", file.toString(), "postgres")
                    .redirectErrorStream(true).start();
            String messages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(messages).isZero();
            return Files.readString(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
