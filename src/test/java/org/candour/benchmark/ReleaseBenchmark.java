package org.candour.benchmark;

import org.candour.IntegrationTest;
import org.candour.SignedIn;
import org.candour.disclosure.synthetic.SyntheticForce;
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
 * 50,000, the contract's target size): a synthetic force of about 250 units, N sealed ballots answering all 5 profile questions of the default
 * questionnaire, then the whole release through the service. Reports time end to end, the disclosure
 * control's share, and peak heap. Writes target/benchmark-release.json.
 */
@Tag("benchmark")
@IntegrationTest
class ReleaseBenchmark {

    // All five profile questions of the default questionnaire, with a police force's skew (small minority
    // groups, few senior ranks) and faith correlated with ethnicity.
    private static final String[] ETHNICITY = {"ASIAN", "BLACK", "MIXED", "WHITE", "OTHER", "PREFER_NOT_TO_SAY"};
    private static final double[] ETHNICITY_SHARE = {0.06, 0.03, 0.025, 0.85, 0.015, 0.02};
    private static final String[] GENDER = {"WOMAN", "MAN", "IN_ANOTHER_WAY", "PREFER_NOT_TO_SAY"};
    private static final double[] GENDER_SHARE = {0.33, 0.63, 0.01, 0.03};
    private static final String[] RANK = {"CONSTABLE", "SERGEANT", "INSPECTOR_CHIEF_INSPECTOR",
            "SUPERINTENDENT_AND_ABOVE", "POLICE_STAFF", "PCSO", "SPECIAL_CONSTABLE", "PREFER_NOT_TO_SAY"};
    private static final double[] RANK_SHARE = {0.45, 0.12, 0.07, 0.01, 0.25, 0.05, 0.03, 0.02};
    private static final String[] SERVICE = {"LESS_THAN_2", "FROM_2_TO_5", "FROM_6_TO_10", "FROM_11_TO_20",
            "MORE_THAN_20", "PREFER_NOT_TO_SAY"};
    private static final double[] SERVICE_SHARE = {0.12, 0.18, 0.2, 0.27, 0.2, 0.03};
    private static final String[] FAITH = {"NO_RELIGION", "CHRISTIAN", "MUSLIM", "HINDU", "SIKH", "JEWISH", "BUDDHIST",
            "OTHER", "PREFER_NOT_TO_SAY"};
    private static final double[] FAITH_SHARE = {0.45, 0.42, 0.02, 0.005, 0.005, 0.005, 0.005, 0.02, 0.025};
    private static final double[] FAITH_SHARE_ASIAN = {0.06, 0.08, 0.45, 0.2, 0.15, 0.0, 0.02, 0.02, 0.02};
    /** Share of respondents who leave a profile question unanswered. */
    private static final double NOT_ANSWERED = 0.02;
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
                .put("search per table family completed", summary == null ? "-" : String.valueOf(summary.familiesChecked()))
                .put("independent verifier ran", summary == null ? "-" : String.valueOf(summary.independentlyVerified()))
                .put("peak live heap MiB (after GC)", HeapMeter.peakHeapMiB())
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
    private static String answerProfile(Map<String, String> profile, String dimension, String[] categories,
            double[] shares, SplittableRandom random) {
        if (random.nextDouble() < NOT_ANSWERED) {
            return null;
        }
        String category = categories[SyntheticForce.pick(shares, random)];
        profile.put(dimension, category);
        return category;
    }

    private void insertBallots(OpenWaveFixture.OpenWave wave, List<UUID> teams, int respondents) {
        SplittableRandom random = new SplittableRandom(2026);
        List<String> agreementItems = dsl.fetch("select i.code from item i join questionnaire_item qi on qi.item_id = i.id"
                + " where i.kind = 'AGREEMENT'").getValues(0, String.class);
        byte[] aad = FieldworkService.associatedData(wave.waveId());
        var batch = new ArrayList<org.candour.db.tables.records.BallotRecord>();
        for (int i = 0; i < respondents; i++) {
            Map<String, String> profile = new HashMap<>();
            String ethnicity = answerProfile(profile, "ETHNICITY", ETHNICITY, ETHNICITY_SHARE, random);
            answerProfile(profile, "GENDER", GENDER, GENDER_SHARE, random);
            answerProfile(profile, "RANK", RANK, RANK_SHARE, random);
            answerProfile(profile, "SERVICE", SERVICE, SERVICE_SHARE, random);
            answerProfile(profile, "FAITH", FAITH, "ASIAN".equals(ethnicity) ? FAITH_SHARE_ASIAN : FAITH_SHARE, random);
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
