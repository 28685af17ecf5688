package org.candour.fieldwork;

import org.candour.IntegrationTest;
import org.candour.SignedIn;
import org.candour.sealing.SealedBallot;
import org.candour.wave.WaveService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.db.Tables.ACCESS_CODE;
import static org.candour.db.Tables.BALLOT;
import static org.candour.db.Tables.WAVE;

/** The respondent path through the real services on a real PostgreSQL. */
@IntegrationTest
class FieldworkServiceTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    FieldworkService fieldwork;
    @Autowired
    WaveService waves;
    @Autowired
    OpenWaveFixture fixture;
    @Autowired
    DSLContext dsl;

    OpenWaveFixture.OpenWave wave;

    @BeforeEach
    void openAWave() {
        wave = fixture.openWaveWithCodes(12);
    }

    static byte[] nonce() {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        return nonce;
    }

    static Submission answers(String code, byte[] nonce) {
        return new Submission(code, nonce, Map.of("FAIR_01", "A", "RACISM_EXP_COLLEAGUE", "ONCE"),
                Map.of("ETHNICITY", "BLACK", "RANK", "CONSTABLE"), Map.of("COMMENT_01", "More fairness in postings."));
    }

    private int ballots() {
        return dsl.fetchCount(BALLOT, BALLOT.WAVE_ID.eq(wave.waveId()));
    }

    @Test
    void aValidCodeIsAcceptedHoweverItIsTyped() {
        String code = wave.codes().getFirst();
        assertThat(fieldwork.enterCode(code, "client", "client").status()).isEqualTo(CodeEntry.Status.ACCEPTED);
        String sloppy = code.toLowerCase().replace("-", " ").replace('0', 'o').replace('1', 'l');
        CodeEntry entry = fieldwork.enterCode("  " + sloppy + " ", "client", "client");
        assertThat(entry.status()).isEqualTo(CodeEntry.Status.ACCEPTED);
        assertThat(entry.waveId()).isEqualTo(wave.waveId());
        assertThat(entry.minCellSize()).isEqualTo(10);
    }

    @Test
    void malformedCodesGetAClearReasonWithoutADatabaseLookup() {
        String code = wave.codes().getFirst().replace("-", "");
        char last = code.charAt(code.length() - 1);
        String wrongCheck = code.substring(0, code.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThat(fieldwork.enterCode(wrongCheck, "c", "c").status()).isEqualTo(CodeEntry.Status.WRONG_CHECK_CHARACTER);
        assertThat(fieldwork.enterCode(code.substring(3), "c", "c").status()).isEqualTo(CodeEntry.Status.WRONG_LENGTH);
        assertThat(fieldwork.enterCode("", "c", "c").status()).isEqualTo(CodeEntry.Status.WRONG_LENGTH);
        assertThat(fieldwork.enterCode(code.substring(0, 20) + "U", "c", "c").status())
                .isEqualTo(CodeEntry.Status.INVALID_CHARACTER);
    }

    @Test
    void aSubmissionIsSealedAndStoredAndOpensOnlyWithTheShares() throws Exception {
        String code = wave.codes().getFirst();
        assertThat(fieldwork.submit(answers(code, nonce()))).isEqualTo(SubmissionResult.RECORDED);

        var row = dsl.selectFrom(BALLOT).where(BALLOT.WAVE_ID.eq(wave.waveId())).fetchSingle();
        String stored = new String(row.getCiphertext(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain("More fairness").doesNotContain("BLACK");

        BallotContent opened = wave.open(new SealedBallot(row.getEncapsulatedKey(), row.getCiphertext()));
        assertThat(opened.unit()).isEqualTo(wave.unitId().toString());
        assertThat(opened.answers()).containsEntry("FAIR_01", "A").containsEntry("RACISM_EXP_COLLEAGUE", "ONCE");
        assertThat(opened.profile()).containsEntry("ETHNICITY", "BLACK");
        assertThat(opened.comments()).containsEntry("COMMENT_01", "More fairness in postings.");
        assertThat(fieldwork.enterCode(code, "c", "c").status()).isEqualTo(CodeEntry.Status.ALREADY_USED);
    }

    @Test
    void aRetryAfterALostAcknowledgementIsAlreadyRecordedAndAnotherUseIsRefused() {
        String code = wave.codes().getFirst();
        byte[] nonce = nonce();
        assertThat(fieldwork.submit(answers(code, nonce))).isEqualTo(SubmissionResult.RECORDED);
        assertThat(fieldwork.submit(answers(code, nonce))).isEqualTo(SubmissionResult.ALREADY_RECORDED);
        assertThat(fieldwork.submit(answers(code, nonce()))).isEqualTo(SubmissionResult.CODE_ALREADY_USED);
        assertThat(ballots()).isEqualTo(1);
    }

    @Test
    void manipulatedAnswersAreRefusedAndNothingIsWritten() {
        String code = wave.codes().getFirst();
        List<Submission> manipulated = List.of(
                new Submission(code, nonce(), Map.of("FAIR_01", "NOT_AN_OPTION"), Map.of(), Map.of()),
                new Submission(code, nonce(), Map.of("NO_SUCH_ITEM", "A"), Map.of(), Map.of()),
                new Submission(code, nonce(), Map.of("COMMENT_01", "A"), Map.of(), Map.of()),
                new Submission(code, nonce(), Map.of(), Map.of("ETHNICITY", "MARTIAN"), Map.of()),
                new Submission(code, nonce(), Map.of(), Map.of("UNIT", "X"), Map.of()),
                new Submission(code, nonce(), Map.of(), Map.of(), Map.of("FAIR_01", "text in a closed item")));
        for (Submission submission : manipulated) {
            assertThat(fieldwork.submit(submission)).isEqualTo(SubmissionResult.INVALID_ANSWERS);
        }
        assertThat(ballots()).isZero();
        assertThat(fieldwork.enterCode(code, "c", "c").status()).isEqualTo(CodeEntry.Status.ACCEPTED);
    }

    @Test
    void aCommentOverFourThousandCharactersIsRefusedAndNothingIsWritten() {
        String code = wave.codes().getFirst();
        Submission tooLong = new Submission(code, nonce(), Map.of(), Map.of(), Map.of("COMMENT_01", "x".repeat(4001)));
        assertThat(fieldwork.submit(tooLong)).isEqualTo(SubmissionResult.COMMENT_TOO_LONG);
        assertThat(ballots()).isZero();
        Submission exactly = new Submission(code, nonce(), Map.of(), Map.of(), Map.of("COMMENT_01", "x".repeat(4000)));
        assertThat(fieldwork.submit(exactly)).isEqualTo(SubmissionResult.RECORDED);
    }

    @Test
    void controlBidiAndZeroWidthCharactersAreRemovedAndHtmlIsKeptAsText() throws Exception {
        String code = wave.codes().getFirst();
        String typed = "Nul\u0000 bell\u0007 rlo\u202Eevil\u202C zw\u200Bsp <script>alert(1)</script>\nline two";
        assertThat(fieldwork.submit(new Submission(code, nonce(), Map.of(), Map.of(), Map.of("COMMENT_02", typed))))
                .isEqualTo(SubmissionResult.RECORDED);
        var row = dsl.selectFrom(BALLOT).where(BALLOT.WAVE_ID.eq(wave.waveId())).fetchSingle();
        String comment = wave.open(new SealedBallot(row.getEncapsulatedKey(), row.getCiphertext()))
                .comments().get("COMMENT_02");
        assertThat(comment).isEqualTo("Nul bell rloevil zwsp <script>alert(1)</script>\nline two");
    }

    @Test
    void aClosedWaveAcceptsNoMoreAnswers() {
        String code = wave.codes().getFirst();
        SignedIn.as("admin", "ADMIN", () -> waves.closeWave(wave.waveId()));
        assertThat(fieldwork.enterCode(code, "c", "c").status()).isEqualTo(CodeEntry.Status.CLOSED);
        assertThat(fieldwork.submit(answers(code, nonce()))).isEqualTo(SubmissionResult.WAVE_CLOSED);
        assertThat(ballots()).isZero();
    }

    @Test
    void anOpenedWaveAcceptsNoAnswerBeforeItsOpeningDate() {
        String code = wave.codes().getFirst();
        LocalDate today = LocalDate.now();
        dsl.update(WAVE).set(WAVE.OPENS_ON, today.plusDays(1)).where(WAVE.ID.eq(wave.waveId())).execute();
        assertThat(fieldwork.enterCode(code, "c", "c").status()).isEqualTo(CodeEntry.Status.NOT_OPEN);
        assertThat(fieldwork.submit(answers(code, nonce()))).isEqualTo(SubmissionResult.NOT_OPEN);
        assertThat(ballots()).isZero();

        dsl.update(WAVE).set(WAVE.OPENS_ON, today).where(WAVE.ID.eq(wave.waveId())).execute();
        assertThat(fieldwork.enterCode(code, "c", "c").status()).isEqualTo(CodeEntry.Status.ACCEPTED);
        assertThat(fieldwork.submit(answers(code, nonce()))).isEqualTo(SubmissionResult.RECORDED);
    }

    @Test
    void aWaveAcceptsAnswersOnlyOnceEveryCustodianHasCollectedTheirShare() {
        OpenWaveFixture.OpenWave uncollected = fixture.openWave(2, false);
        String code = uncollected.codes().getFirst();
        assertThat(fieldwork.enterCode(code, "c", "c").status()).isEqualTo(CodeEntry.Status.NOT_OPEN);
        assertThat(fieldwork.submit(answers(code, nonce()))).isEqualTo(SubmissionResult.NOT_OPEN);
        SignedIn.as("custodian.force", "CUSTODIAN", () -> waves.collectMyShare(uncollected.waveId()));
        assertThat(fieldwork.enterCode(code, "c", "c").status()).isEqualTo(CodeEntry.Status.NOT_OPEN);
        SignedIn.as("custodian.association", "CUSTODIAN", () -> waves.collectMyShare(uncollected.waveId()));
        assertThat(fieldwork.enterCode(code, "c", "c").status()).isEqualTo(CodeEntry.Status.ACCEPTED);
    }

    @Test
    void aShareIsHandedOutExactlyOnce() {
        OpenWaveFixture.OpenWave uncollected = fixture.openWave(1, false);
        var first = SignedIn.as("custodian.force", "CUSTODIAN", () -> waves.collectMyShare(uncollected.waveId()));
        var second = SignedIn.as("custodian.force", "CUSTODIAN", () -> waves.collectMyShare(uncollected.waveId()));
        assertThat(first).isPresent();
        assertThat(second).isEmpty();
    }

    @Autowired
    CodeBatchService batches;

    @Test
    void aBatchIsExportedExactlyOnce() {
        UUID batch = SignedIn.as("admin", "ADMIN", () -> batches.createBatch(wave.waveId(), wave.unitId(), 3));
        CodeLetterText text = new CodeLetterText("t", "i", "c", "a", List.of());
        var first = SignedIn.as("admin", "ADMIN", () -> batches.exportOnce(batch, "Unit", text));
        var second = SignedIn.as("admin", "ADMIN", () -> batches.exportOnce(batch, "Unit", text));
        assertThat(first).isPresent();
        assertThat(OpenWaveFixture.codesFromZip(first.get())).hasSize(3)
                .allSatisfy(code -> assertThat(fieldwork.enterCode(code, "c", "c").status()).isEqualTo(CodeEntry.Status.ACCEPTED));
        assertThat(second).isEmpty();
    }

    @Test
    void codesForEveryUnitAreSizedFromHeadcountsAndExportedOnceAsOneZip() throws Exception {
        var result = SignedIn.as("admin", "ADMIN", () -> batches.createBatchesForAllUnits(wave.waveId(), 10));
        var units = result.created();
        assertThat(units).isNotEmpty();
        assertThat(result.alreadyHadCodes()).as("the fixture's unit already had codes").isEqualTo(1);
        assertThat(SignedIn.as("admin", "ADMIN", () -> batches.batches(wave.waveId())))
                .filteredOn(batch -> batch.unitId().equals(wave.unitId())).hasSize(1);
        CodeLetterText text = new CodeLetterText("t", "i", "c", "a", List.of());
        var zip = SignedIn.as("admin", "ADMIN", () -> batches.exportAllOnce(units, text)).orElseThrow();
        var entries = new java.util.ArrayList<String>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).hasSize(units.size() * 2).anyMatch(name -> name.endsWith("/letters.pdf"));
        var sized = SignedIn.as("admin", "ADMIN", () -> batches.batches(wave.waveId()));
        assertThat(sized).filteredOn(batch -> units.contains(batch.id())).allSatisfy(batch -> assertThat(batch.exported()).isTrue());
        assertThat(SignedIn.as("admin", "ADMIN", () -> batches.exportAllOnce(units, text))).isEmpty();
    }

    @Test
    void codesForEveryUnitTwiceNeverHandOutASecondSet() {
        int before = dsl.fetchCount(ACCESS_CODE);
        SignedIn.as("admin", "ADMIN", () -> batches.createBatchesForAllUnits(wave.waveId(), 10));
        int afterFirst = dsl.fetchCount(ACCESS_CODE);
        assertThat(afterFirst).isGreaterThan(before);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SignedIn.as("admin", "ADMIN",
                        () -> batches.createBatchesForAllUnits(wave.waveId(), 10)))
                .isInstanceOf(CodeBatchException.class).hasMessageContaining("every-unit-has-codes");
        assertThat(dsl.fetchCount(ACCESS_CODE)).isEqualTo(afterFirst);
        UUID extra = SignedIn.as("admin", "ADMIN", () -> batches.createBatch(wave.waveId(), wave.unitId(), 3));
        assertThat(extra).as("extra codes for one unit stay possible").isNotNull();
        assertThat(dsl.fetchCount(ACCESS_CODE)).isEqualTo(afterFirst + 3);
    }

    @Test
    void aBatchNeverExportedCanBeVoidedAndAnExportedOneCannot() {
        UUID lost = SignedIn.as("admin", "ADMIN", () -> batches.createBatch(wave.waveId(), wave.unitId(), 2));
        int before = dsl.fetchCount(ACCESS_CODE);
        SignedIn.as("admin", "ADMIN", () -> batches.voidUnexportedBatch(lost));
        assertThat(dsl.fetchCount(ACCESS_CODE)).isEqualTo(before - 2);
        UUID exported = SignedIn.as("admin", "ADMIN", () -> batches.createBatch(wave.waveId(), wave.unitId(), 1));
        SignedIn.as("admin", "ADMIN", () -> batches.exportOnce(exported, "Unit",
                new CodeLetterText("t", "i", "c", "a", List.of())));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SignedIn.as("admin", "ADMIN",
                () -> batches.voidUnexportedBatch(exported))).isInstanceOf(CodeBatchException.class);
    }

    @Test
    void codesAreStoredOnlyAsHashes() {
        List<byte[]> hashes = dsl.select(ACCESS_CODE.CODE_HASH).from(ACCESS_CODE).fetch(ACCESS_CODE.CODE_HASH);
        for (String code : wave.codes()) {
            String canonical = code.replace("-", "");
            assertThat(hashes).noneSatisfy(hash -> assertThat(new String(hash, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .contains(canonical));
        }
        assertThat(hashes).allSatisfy(hash -> assertThat(hash).hasSize(32));
    }
}
