package org.candour.release;

import com.zaxxer.hikari.HikariDataSource;
import org.candour.IntegrationTest;
import org.candour.SignedIn;
import org.candour.fieldwork.FieldworkService;
import org.candour.fieldwork.OpenWaveFixture;
import org.candour.fieldwork.ParticipationService;
import org.candour.fieldwork.Submission;
import org.candour.fieldwork.SubmissionResult;
import org.candour.sealing.BallotSealer;
import org.candour.sealing.KeyShares;
import org.candour.sealing.ParsedShare;
import org.candour.sealing.SealedBallot;
import org.candour.wave.WaveService;
import org.candour.wave.WaveStatus;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.candour.db.Tables.ACCESS_CODE;
import static org.candour.db.Tables.BALLOT;
import static org.candour.db.Tables.BALLOT_ARCHIVE;
import static org.candour.db.Tables.CODE_BATCH;
import static org.candour.db.Tables.WAVE;
import static org.candour.db.published.Tables.RELEASE_CELL;
import static org.candour.db.published.Tables.RELEASE_COMMENT;
import static org.candour.db.published.Tables.WAVE_RELEASE;

/** The release ceremony end to end on a real PostgreSQL. */
@IntegrationTest
class ReleaseServiceTest {

    private static final String[] ETHNICITIES = {"WHITE", "WHITE", "WHITE", "BLACK", "ASIAN"};
    private static final String[] OPTIONS = {"SD", "D", "N", "A", "SA"};

    @Autowired
    ReleaseService releases;
    @Autowired
    FieldworkService fieldwork;
    @Autowired
    ParticipationService participation;
    @Autowired
    WaveService waves;
    @Autowired
    OpenWaveFixture fixture;
    @Autowired
    DSLContext dsl;
    @Autowired
    HikariDataSource dataSource;

    private final SecureRandom random = new SecureRandom();
    private List<Long> fileNodesBefore;

    /** Opens a wave, records answers for every code, closes it. Returns the canary comments used. */
    private OpenWaveFixture.OpenWave closedWaveWithAnswers(int respondents, Map<Integer, String> comments) {
        OpenWaveFixture.OpenWave wave = fixture.openWaveWithCodes(respondents);
        for (int i = 0; i < respondents; i++) {
            byte[] nonce = new byte[16];
            random.nextBytes(nonce);
            Map<String, String> comment = comments.containsKey(i) ? Map.of("COMMENT_01", comments.get(i)) : Map.of();
            SubmissionResult result = fieldwork.submit(new Submission(wave.codes().get(i), nonce,
                    Map.of("FAIR_01", OPTIONS[i % 5], "LEAD_02", OPTIONS[(i * 3) % 5], "RACISM_EXP_COLLEAGUE", "NEVER"),
                    Map.of("ETHNICITY", ETHNICITIES[i % 5], "GENDER", i % 2 == 0 ? "WOMAN" : "MAN"), comment));
            assertThat(result).isEqualTo(SubmissionResult.RECORDED);
        }
        SignedIn.as("admin", "ADMIN", () -> waves.closeWave(wave.waveId()));
        return wave;
    }

    private ShareProgress present(String custodian, UUID waveId, String share) {
        return SignedIn.as(custodian, "CUSTODIAN", () -> releases.presentShare(waveId, share));
    }

    private ReleaseSummary release(UUID waveId, boolean acceptUnreadable) {
        return SignedIn.as("custodian.association", "CUSTODIAN", () -> releases.release(waveId, acceptUnreadable));
    }

    private String status(UUID waveId) {
        return dsl.select(WAVE.STATUS).from(WAVE).where(WAVE.ID.eq(waveId)).fetchSingle(WAVE.STATUS);
    }

    private int ballots(UUID waveId) {
        return dsl.fetchCount(BALLOT, BALLOT.WAVE_ID.eq(waveId));
    }

    @Test
    void aWaveTooLargeForTheIndependentVerifierIsReleasedOnTheEnginesProofAndSaysSo() {
        int respondents = ReleaseService.VERIFIER_LIMIT + 20;
        OpenWaveFixture.OpenWave wave = closedWaveWithAnswers(respondents, Map.of());
        present("custodian.force", wave.waveId(), wave.shares().get(0));
        present("custodian.association", wave.waveId(), wave.shares().get(1));
        List<ReleaseProgress.Stage> stages = new ArrayList<>();
        List<int[]> protecting = new ArrayList<>();

        ReleaseSummary summary = SignedIn.as("custodian.force", "CUSTODIAN", () -> releases.release(wave.waveId(),
                false, (stage, done, total) -> {
                    if (stages.isEmpty() || stages.getLast() != stage) {
                        stages.add(stage);
                    }
                    if (stage == ReleaseProgress.Stage.PROTECTING) {
                        protecting.add(new int[] {done, total});
                    }
                }));

        assertThat(summary.respondents()).isEqualTo(respondents);
        assertThat(summary.independentlyVerified()).isFalse();
        assertThat(stages).containsExactly(ReleaseProgress.Stage.OPENING, ReleaseProgress.Stage.PROTECTING,
                ReleaseProgress.Stage.STORING);
        assertThat(protecting.getLast()[0]).isEqualTo(protecting.getLast()[1]);
        assertThat(status(wave.waveId())).isEqualTo(WaveStatus.RELEASED.name());
        assertThat(dsl.select(WAVE_RELEASE.INDEPENDENTLY_VERIFIED, WAVE_RELEASE.EXHAUSTIVELY_CHECKED)
                .from(WAVE_RELEASE).where(WAVE_RELEASE.WAVE_ID.eq(wave.waveId())).fetchSingle()
                .into(Boolean[].class)).containsExactly(false, summary.exhaustivelyChecked());
    }

    @Test
    void twoCustodiansReleaseAWaveAndOnlyProtectedFiguresAndTheSealedArchiveRemain() throws Exception {
        Map<Integer, String> canaries = new HashMap<>();
        for (int i = 0; i < 5; i++) {
            canaries.put(i, "CANARY-" + UUID.randomUUID() + " my inspector ignored it");
        }
        OpenWaveFixture.OpenWave wave = closedWaveWithAnswers(30, canaries);

        assertThat(present("custodian.force", wave.waveId(), wave.shares().get(0))).isEqualTo(new ShareProgress(1, 2));
        assertThat(present("custodian.association", wave.waveId(), wave.shares().get(1))).isEqualTo(new ShareProgress(2, 2));
        fileNodesBefore = fileNodes();
        assertThat(release(wave.waveId(), false)).isEqualTo(new ReleaseSummary(30, 0, 0, true, true, true));

        assertThat(status(wave.waveId())).isEqualTo(WaveStatus.RELEASED.name());
        // Final participation comes from the published totals (the codes are gone): 30 in the unit and the force.
        assertThat(SignedIn.as("admin", "ADMIN", () -> participation.participation(wave.waveId())))
                .filteredOn(row -> !row.fewerThanK()).extracting(row -> row.roundedCount()).containsOnly(30)
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(ballots(wave.waveId())).isZero();
        assertThat(dsl.fetchCount(ACCESS_CODE.join(CODE_BATCH).on(CODE_BATCH.ID.eq(ACCESS_CODE.BATCH_ID)),
                CODE_BATCH.WAVE_ID.eq(wave.waveId()))).isZero();
        assertThat(dsl.select(WAVE_RELEASE.RESPONDENTS).from(WAVE_RELEASE).where(WAVE_RELEASE.WAVE_ID.eq(wave.waveId()))
                .fetchSingle(WAVE_RELEASE.RESPONDENTS)).isEqualTo(30);
        assertThat(dsl.fetchCount(RELEASE_CELL, RELEASE_CELL.WAVE_ID.eq(wave.waveId()))).isPositive();
        // Response-rate denominators are stored with the release: the force's is every unit's headcount for the wave.
        var headcounts = org.candour.db.published.Tables.RELEASE_HEADCOUNT;
        int forceHeadcount = dsl.select(org.jooq.impl.DSL.sum(org.candour.db.Tables.WAVE_UNIT_HEADCOUNT.HEADCOUNT))
                .from(org.candour.db.Tables.WAVE_UNIT_HEADCOUNT)
                .where(org.candour.db.Tables.WAVE_UNIT_HEADCOUNT.WAVE_ID.eq(wave.waveId())).fetchSingle().value1().intValue();
        UUID force = dsl.select(org.candour.db.Tables.ORG_UNIT.ID).from(org.candour.db.Tables.ORG_UNIT)
                .where(org.candour.db.Tables.ORG_UNIT.PARENT_ID.isNull()).fetchSingle().value1();
        assertThat(dsl.select(headcounts.HEADCOUNT).from(headcounts)
                .where(headcounts.WAVE_ID.eq(wave.waveId()), headcounts.ORG_UNIT_ID.eq(force)).fetchSingle().value1())
                .isEqualTo(forceHeadcount).isPositive();
        // Fewer than 10 comments for the question: none are released anywhere.
        assertThat(dsl.fetchCount(RELEASE_COMMENT, RELEASE_COMMENT.WAVE_ID.eq(wave.waveId()))).isZero();

        // The archive opens only with the shares, holds every ballot, and carries no ballot-box order or id.
        var archive = dsl.selectFrom(BALLOT_ARCHIVE).where(BALLOT_ARCHIVE.WAVE_ID.eq(wave.waveId())).fetchSingle();
        List<ParsedShare> shares = new ArrayList<>();
        for (String share : wave.shares()) {
            shares.add(KeyShares.parse(share));
        }
        byte[] key = KeyShares.combine(wave.waveId().toString(), wave.publicKey(), shares);
        String lines = new String(BallotSealer.open(key, new SealedBallot(archive.getEncapsulatedKey(),
                archive.getCiphertext()), ReleaseService.archiveAad(wave.waveId())), StandardCharsets.UTF_8);
        assertThat(lines.lines()).hasSize(30);
        canaries.values().forEach(canary -> assertThat(lines).contains(canary));

        // No table holds a canary comment in plaintext after release.
        for (String canary : canaries.values()) {
            for (String table : dsl.fetch("select schemaname || '.' || tablename from pg_tables"
                    + " where schemaname in ('public', 'published')").getValues(0, String.class)) {
                assertThat(dsl.fetch("select 1 from " + table + " t where t::text like ? limit 1", "%" + canary + "%"))
                        .as(table).isEmpty();
            }
        }

        assertThatThrownBy(() -> release(wave.waveId(), false)).isInstanceOf(ReleaseException.class)
                .extracting(e -> ((ReleaseException) e).messageKey()).isEqualTo("release.error.already-released");

        // After release the ballot and code tables were rewritten into new files (VACUUM FULL): the deleted
        // rows, dead tuples still holding ciphertext and code hashes, are not in the table files any more.
        assertThat(fileNodes()).doesNotContainAnyElementsOf(fileNodesBefore);
    }

    private List<Long> fileNodes() {
        return dsl.fetch("select pg_relation_filenode('ballot')::bigint union all"
                + " select pg_relation_filenode('access_code')::bigint").getValues(0, Long.class);
    }

    @Test
    void commentsAreReleasedOnlyAboveTheThresholdsShuffledAndRedacted() {
        Map<Integer, String> comments = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            comments.put(i, "Comment " + i + ": ask PC 4521 or jo.bloggs@force.police.uk, phone 01632 960123,"
                    + " not Sam Quigley"); // a name configured for redaction (application-test.properties)
        }
        // The longest comment accepted, which redaction makes more than twice as long: it must not stop the release.
        int longest = 4000; // what fieldwork accepts (CommentText)
        comments.put(12, "PC12 ".repeat(longest / 5));
        OpenWaveFixture.OpenWave wave = closedWaveWithAnswers(24, comments);
        present("custodian.force", wave.waveId(), wave.shares().get(0));
        present("custodian.association", wave.waveId(), wave.shares().get(1));
        release(wave.waveId(), false);

        List<String> released = dsl.select(RELEASE_COMMENT.TEXT).from(RELEASE_COMMENT)
                .where(RELEASE_COMMENT.WAVE_ID.eq(wave.waveId()), RELEASE_COMMENT.ORG_UNIT_ID.eq(wave.unitId()))
                .orderBy(RELEASE_COMMENT.POSITION).fetch(RELEASE_COMMENT.TEXT);
        assertThat(released).hasSize(13).allSatisfy(text -> assertThat(text)
                .doesNotContain("4521").doesNotContain("jo.bloggs").doesNotContain("960123").doesNotContain("Quigley")
                .contains("[removed]"));
        assertThat(released).anySatisfy(text -> assertThat(text).hasSizeGreaterThan(longest)
                .doesNotContain("PC12"));
    }

    @Test
    void badSharesAreRefusedWithAReasonAndChangeNothing() {
        OpenWaveFixture.OpenWave wave = closedWaveWithAnswers(3, Map.of());
        OpenWaveFixture.OpenWave other = fixture.openWaveWithCodes(1);
        String share = wave.shares().get(0);

        assertRefused(() -> present("custodian.force", wave.waveId(), other.shares().get(0)), "release.error.share.WRONG_WAVE");
        assertRefused(() -> present("custodian.force", wave.waveId(), share.substring(0, share.length() - 9)),
                "release.error.share.MALFORMED", "release.error.share.CHECKSUM_MISMATCH");
        assertRefused(() -> present("custodian.force", wave.waveId(), "not a share"), "release.error.share.MALFORMED");
        present("custodian.force", wave.waveId(), share);
        assertRefused(() -> present("custodian.force", wave.waveId(), share), "release.error.share.DUPLICATE");
        assertRefused(() -> release(wave.waveId(), false), "release.error.share.TOO_FEW");

        assertThat(status(wave.waveId())).isEqualTo(WaveStatus.CLOSED.name());
        assertThat(ballots(wave.waveId())).isEqualTo(3);
        assertRefused(() -> present("custodian.force", other.waveId(), other.shares().get(0)), "release.error.not-closed");
    }

    @Test
    void aTamperedBallotIsCountedAndReportedNeverSilentlyDropped() {
        OpenWaveFixture.OpenWave wave = closedWaveWithAnswers(4, Map.of());
        dsl.execute("update ballot set ciphertext = set_byte(ciphertext, 40, (get_byte(ciphertext, 40) + 1) % 256)"
                + " where id = (select id from ballot where wave_id = ? limit 1)", wave.waveId());
        present("custodian.force", wave.waveId(), wave.shares().get(0));
        present("custodian.association", wave.waveId(), wave.shares().get(1));

        assertThatThrownBy(() -> release(wave.waveId(), false)).isInstanceOfSatisfying(ReleaseException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("release.error.unreadable");
            assertThat(e.count()).isEqualTo(1);
        });
        assertThat(status(wave.waveId())).isEqualTo(WaveStatus.CLOSED.name());
        assertThat(ballots(wave.waveId())).isEqualTo(4);

        assertThat(release(wave.waveId(), true)).isEqualTo(new ReleaseSummary(3, 1, 0, true, true, true));
        assertThat(dsl.select(WAVE_RELEASE.UNREADABLE_BALLOTS).from(WAVE_RELEASE)
                .where(WAVE_RELEASE.WAVE_ID.eq(wave.waveId())).fetchSingle(WAVE_RELEASE.UNREADABLE_BALLOTS)).isEqualTo(1);
    }

    @Test
    void theReaderRoleSeesThePublishedReleaseAndNothingElse() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            // Control: the application's own user can read the ballot box, so a refusal below means the role.
            sql.executeQuery("select count(*) from ballot").close();
            sql.execute("set role candour_reader");
            try {
                sql.executeQuery("select count(*) from published.release_cell").close();
                for (String table : List.of("ballot", "ballot_archive", "access_code", "staff_user")) {
                    assertThatThrownBy(() -> sql.executeQuery("select count(*) from " + table).close())
                            .as(table).isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
                }
            } finally {
                sql.execute("reset role");
            }
        }
    }

    private static void assertRefused(Runnable action, String... expectedKeys) {
        assertThatThrownBy(action::run).isInstanceOf(ReleaseException.class)
                .extracting(e -> ((ReleaseException) e).messageKey()).isIn((Object[]) expectedKeys);
    }
}
