package org.candour.benchmark;

import org.candour.IntegrationTest;
import org.candour.SignedIn;
import org.candour.fieldwork.BallotContent;
import org.candour.fieldwork.FieldworkService;
import org.candour.fieldwork.OpenWaveFixture;
import org.candour.release.ReleaseProgress;
import org.candour.release.ReleaseService;
import org.candour.release.ReleaseSummary;
import org.candour.sealing.BallotSealer;
import org.candour.sealing.SealedBallot;
import org.candour.wave.WaveService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.candour.db.Tables.BALLOT;
import static org.candour.db.Tables.ORG_UNIT;

/**
 * The release benchmark (./mvnw -Pbenchmark verify; size with -Dcandour.benchmark.respondents=N, default
 * 50,000, the contract's target size): a synthetic force of about 250 units, N sealed ballots with 6 profile dimensions and the default
 * questionnaire, then the whole release through the service. Reports time end to end, the disclosure
 * control's share, and peak heap. Writes target/benchmark-release.json.
 */
@Tag("benchmark")
@IntegrationTest
class ReleaseBenchmark {

    private static final String[] ETHNICITY = {"WHITE", "WHITE", "WHITE", "WHITE", "WHITE", "WHITE", "WHITE", "ASIAN",
            "BLACK", "MIXED", "OTHER", "PREFER_NOT_TO_SAY"};
    private static final String[] AGREE = {"SD", "D", "N", "A", "SA", "DK"};

    @Autowired
    OpenWaveFixture fixture;
    @Autowired
    WaveService waves;
    @Autowired
    ReleaseService releases;
    @Autowired
    DSLContext dsl;

    @Test
    void measure() {
        int respondents = Integer.getInteger("candour.benchmark.respondents", 50_000);
        List<UUID> teams = syntheticForce();
        OpenWaveFixture.OpenWave wave = fixture.openWaveWithCodes(1);
        SignedIn.as("admin", "ADMIN", () -> waves.closeWave(wave.waveId()));
        insertBallots(wave, teams, respondents);

        SignedIn.as("custodian.force", "CUSTODIAN", () -> releases.presentShare(wave.waveId(), wave.shares().get(0)));
        SignedIn.as("custodian.association", "CUSTODIAN",
                () -> releases.presentShare(wave.waveId(), wave.shares().get(1)));
        HeapMeter.resetPeaks();
        long start = System.nanoTime();
        ReleaseSummary summary = null;
        String outcome = "released";
        Map<ReleaseProgress.Stage, Long> stageStart = new java.util.EnumMap<>(ReleaseProgress.Stage.class);
        try {
            summary = SignedIn.as("custodian.association", "CUSTODIAN", () -> releases.release(wave.waveId(), false,
                    (stage, done, total) -> stageStart.putIfAbsent(stage, System.nanoTime())));
        } catch (org.candour.release.ReleaseException e) {
            // Reported, not hidden: a release the engine cannot prove safe publishes nothing.
            outcome = "refused: " + e.messageKey();
        }
        long end = System.nanoTime();
        long millis = (end - start) / 1_000_000;

        BenchmarkReport report = new BenchmarkReport("release");
        // Each stage runs until the next one starts (the first report of a stage comes when it is under way).
        ReleaseProgress.Stage[] stages = ReleaseProgress.Stage.values();
        for (int i = 0; i < stages.length; i++) {
            if (!stageStart.containsKey(stages[i])) {
                continue;
            }
            long next = end;
            for (int j = i + 1; j < stages.length; j++) {
                if (stageStart.containsKey(stages[j])) {
                    next = stageStart.get(stages[j]);
                    break;
                }
            }
            report.put("stage " + stages[i].name().toLowerCase() + " s", (next - stageStart.get(stages[i])) / 1e9);
        }
        report
                .put("outcome", outcome)
                .put("respondents", respondents)
                .put("org units", dsl.fetchCount(ORG_UNIT))
                .put("release end to end s", millis / 1000.0)
                .put("disclosure control s", summary == null ? -1 : summary.disclosureMillis() / 1000.0)
                .put("exhaustive small-set search completed", summary == null ? "-" : String.valueOf(summary.exhaustivelyChecked()))
                .put("independent verifier ran", summary == null ? "-" : String.valueOf(summary.independentlyVerified()))
                .put("peak heap MiB", HeapMeter.peakHeapMiB())
                .put("max heap MiB", Runtime.getRuntime().maxMemory() / 1024 / 1024)
                .put("target", "<= 60 s and < 2 GiB heap for 50,000 respondents")
                .publish();
    }

    /** About 250 units: 5 commands x 7 BCUs x 6 teams under the demo force, with headcounts. */
    private List<UUID> syntheticForce() {
        UUID root = dsl.select(ORG_UNIT.ID).from(ORG_UNIT).where(ORG_UNIT.PARENT_ID.isNull()).fetchSingle(ORG_UNIT.ID);
        List<UUID> teams = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            UUID command = insertUnit("BENCH-" + c, "Bench command " + c, root, null);
            for (int b = 0; b < 7; b++) {
                UUID bcu = insertUnit("BENCH-" + c + "-" + b, "Bench BCU " + c + "." + b, command, null);
                for (int t = 0; t < 6; t++) {
                    teams.add(insertUnit("BENCH-" + c + "-" + b + "-" + t, "Bench team " + c + "." + b + "." + t, bcu, 220));
                }
            }
        }
        return teams;
    }

    private UUID insertUnit(String code, String name, UUID parent, Integer headcount) {
        return dsl.insertInto(ORG_UNIT).set(ORG_UNIT.CODE, code).set(ORG_UNIT.NAME, name)
                .set(ORG_UNIT.PARENT_ID, parent).set(ORG_UNIT.HEADCOUNT, headcount)
                .returning(ORG_UNIT.ID).fetchSingle(ORG_UNIT.ID);
    }

    /** Sealed like real submissions (same key, same AAD), inserted directly: the benchmark is the release. */
    private void insertBallots(OpenWaveFixture.OpenWave wave, List<UUID> teams, int respondents) {
        SplittableRandom random = new SplittableRandom(2026);
        List<String> agreementItems = dsl.fetch("select i.code from item i join questionnaire_item qi on qi.item_id = i.id"
                + " where i.kind = 'AGREEMENT'").getValues(0, String.class);
        byte[] aad = FieldworkService.associatedData(wave.waveId());
        var batch = new ArrayList<org.candour.db.tables.records.BallotRecord>();
        for (int i = 0; i < respondents; i++) {
            Map<String, String> profile = new HashMap<>();
            profile.put("ETHNICITY", ETHNICITY[random.nextInt(ETHNICITY.length)]);
            profile.put("GENDER", random.nextInt(10) < 6 ? "MAN" : "WOMAN");
            profile.put("RANK", random.nextInt(10) < 6 ? "CONSTABLE" : "SERGEANT");
            if (random.nextInt(10) < 8) {
                profile.put("FAITH", random.nextInt(2) == 0 ? "CHRISTIAN" : "NO_RELIGION");
            }
            Map<String, String> answers = new HashMap<>();
            for (String item : agreementItems) {
                if (random.nextInt(20) > 0) {
                    answers.put(item, AGREE[random.nextInt(AGREE.length)]);
                }
            }
            answers.put("RACISM_EXP_COLLEAGUE", random.nextInt(5) == 0 ? "ONCE" : "NEVER");
            BallotContent content = new BallotContent(BallotContent.CURRENT_VERSION, wave.waveId().toString(),
                    teams.get(random.nextInt(teams.size())).toString(), profile, answers, Map.of());
            SealedBallot sealed = BallotSealer.seal(wave.publicKey(), content.toJson(), aad);
            var record = new org.candour.db.tables.records.BallotRecord();
            record.setWaveId(wave.waveId());
            record.setEncapsulatedKey(sealed.encapsulatedKey());
            record.setCiphertext(sealed.ciphertext());
            batch.add(record);
            if (batch.size() == 2000) {
                dsl.batchInsert(batch).execute();
                batch.clear();
            }
        }
        dsl.batchInsert(batch).execute();
    }
}
