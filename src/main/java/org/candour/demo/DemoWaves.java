package org.candour.demo;

import org.candour.fieldwork.CodeBatchService;
import org.candour.fieldwork.CodeLetterText;
import org.candour.fieldwork.FieldworkService;
import org.candour.fieldwork.Submission;
import org.candour.fieldwork.SubmissionResult;
import org.candour.org.OrgService;
import org.candour.org.OrgUnit;
import org.candour.questionnaire.RespondentQuestionnaire;
import org.candour.release.ReleaseProgress;
import org.candour.release.ReleaseService;
import org.candour.release.ReleaseSummary;
import org.candour.wave.FieldworkWave;
import org.candour.wave.WaveService;
import org.candour.wave.WaveDefaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Creates the demo's waves through the same services staff and respondents use: an administrator sets a
 * wave up, the association approves it, the administrator opens it, each custodian collects their share,
 * the administrator issues and exports codes, fictional respondents submit sealed ballots, the wave closes
 * and the two custodians release it. Every staff step runs as the demo account that would do it.
 */
@Component
class DemoWaves {

    static final String ADMIN = "admin";
    static final List<String> CUSTODIANS = List.of("custodian.force", "custodian.association");
    /** The association's custodian approves the settings and runs the release. */
    static final String ASSOCIATION = "custodian.association";
    /** Marks every demo wave's name. */
    static final String NAME_SUFFIX = " (demo)";
    /** Spare codes in each batch, for new starters and spoilt letters (at least the number listed). */
    private static final int CODE_MARGIN_PERCENT = 5;
    private static final int PROGRESS_STEP = 500;
    private static final Logger log = LoggerFactory.getLogger(DemoWaves.class);

    /** One wave of the demo: its name and date, and how far along it is taken. */
    record Plan(String name, LocalDate opensOn, LocalDate closesOn, int index, boolean release) {

        String slug() {
            return name.replace(NAME_SUFFIX, "").toLowerCase(Locale.ROOT).replace(' ', '-');
        }
    }

    /** What the demo created, counts only. */
    record Outcome(int releasedWaves, int ballots, List<String> openWaveCodes, long millis) {
    }

    private final DemoStaff staff;
    private final DemoFiles files;
    private final DemoSettings settings;
    private final WaveService waves;
    private final CodeBatchService codes;
    private final FieldworkService fieldwork;
    private final ReleaseService releases;
    private final OrgService org;
    private final DemoRespondents respondents = new DemoRespondents();

    DemoWaves(DemoStaff staff, DemoFiles files, DemoSettings settings, WaveService waves, CodeBatchService codes,
              FieldworkService fieldwork, ReleaseService releases, OrgService org) {
        this.staff = staff;
        this.files = files;
        this.settings = settings;
        this.waves = waves;
        this.codes = codes;
        this.fieldwork = fieldwork;
        this.releases = releases;
        this.org = org;
    }

    /** Three released waves, six months apart, and one open wave now. */
    static List<Plan> plans(LocalDate today) {
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            LocalDate opens = today.minusMonths(18 - 6L * i).withDayOfMonth(1);
            String season = opens.getMonthValue() <= 6 ? "Spring " : "Autumn ";
            boolean open = i == 3;
            plans.add(new Plan(season + opens.getYear() + NAME_SUFFIX, open ? today.minusDays(7) : opens,
                    open ? today.plusDays(28) : null, i, !open));
        }
        return plans;
    }

    /** A wave's fieldwork: its id, the shares its custodians collected, the ballots, the codes left unused. */
    private record Fieldwork(UUID waveId, List<String> shares, int ballots, List<String> spareCodes) {
    }

    Outcome create(LocalDate today) {
        long start = System.nanoTime();
        files.writeReadme();
        List<OrgUnit> units = staff.as(ADMIN, () -> org.listUnits());
        Map<UUID, String> commandOf = commands(units);
        List<OrgUnit> teams = units.stream().filter(unit -> unit.headcount() != null && unit.headcount() > 0).toList();
        List<Plan> plans = plans(today);
        int ballots = 0;
        List<String> listed = List.of();
        for (Plan plan : plans) {
            Fieldwork fieldwork = fieldwork(plan, plans.size() - 1, teams, commandOf);
            ballots += fieldwork.ballots();
            if (plan.release()) {
                release(fieldwork.waveId(), plan, fieldwork.shares());
            } else {
                listed = fieldwork.spareCodes();
                files.writeCodes(plan.name(), listed);
                log.info("demo: {} stays open with {} ballots; {} unused demo codes listed in {}", plan.name(),
                        fieldwork.ballots(), listed.size(), files.folder().resolve(DemoFiles.CODES_FILE));
            }
        }
        return new Outcome(plans.size() - 1, ballots, listed, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Sets the wave up and opens it, issues codes for every team and submits the plan's ballots. A team's batch
     * holds its respondents' codes plus a few that stay unused (a real issue would cover the whole headcount:
     * printing 6,000 letters a wave would take the demo longer than its minute; response rates are against
     * the headcount either way).
     */
    private Fieldwork fieldwork(Plan plan, int released, List<OrgUnit> teams, Map<UUID, String> commandOf) {
        UUID waveId = setUp(plan);
        List<String> shares = collectShares(waveId, plan);
        Map<UUID, Integer> respondentsByTeam = new HashMap<>();
        teams.forEach(team -> respondentsByTeam.put(team.id(), respondentsOf(team, plan)));
        Map<String, List<String>> codesByUnit = issueCodes(waveId, respondentsByTeam);
        log.info("demo: {} opened, shares collected, {} codes issued", plan.name(),
                codesByUnit.values().stream().mapToInt(List::size).sum());
        List<String> items = questionnaire(waveId).sections().stream().flatMap(s -> s.questions().stream())
                .map(RespondentQuestionnaire.Question::code).toList();
        SplittableRandom random = new SplittableRandom(2026L * 31 + plan.index());
        List<Submission> submissions = new ArrayList<>();
        List<String> spare = List.of();
        for (OrgUnit team : teams) {
            List<String> unitCodes = codesByUnit.getOrDefault(team.code(), List.of());
            int count = Math.min(unitCodes.size(), respondentsByTeam.get(team.id()));
            double climate = climate(team.code());
            boolean support = "SUPPORT".equals(commandOf.get(team.id()));
            for (int i = 0; i < count; i++) {
                DemoRespondents.Answers answers = respondents.respondent(random, items, plan.index(), climate, support);
                submissions.add(new Submission(unitCodes.get(i), nonce(), answers.answers(), answers.profile(),
                        answers.comments()));
            }
            if (spare.isEmpty() && unitCodes.size() - count >= settings.openCodes()) {
                spare = List.copyOf(unitCodes.subList(count, count + settings.openCodes()));
            }
        }
        Collections.shuffle(submissions, new java.util.Random(random.nextLong()));
        return new Fieldwork(waveId, shares, submit(plan, released, submissions), spare);
    }

    private UUID setUp(Plan plan) {
        UUID waveId = staff.as(ADMIN, () -> {
            UUID id = waves.createWave(plan.name(), WaveDefaults.MIN_CELL_SIZE, plan.opensOn(), plan.closesOn(), null);
            waves.setCustodians(id, CUSTODIANS, 2);
            return id;
        });
        staff.as(ASSOCIATION, () -> waves.approveSettings(waveId));
        staff.as(ADMIN, () -> waves.openWave(waveId));
        return waveId;
    }

    /** Each custodian collects their share once, as on the key-shares page, and keeps it in a DEMO file. */
    private List<String> collectShares(UUID waveId, Plan plan) {
        List<String> shares = new ArrayList<>();
        for (String custodian : CUSTODIANS) {
            String share = staff.as(custodian, () -> waves.collectMyShare(waveId))
                    .orElseThrow(() -> new IllegalStateException("demo: no share waiting for " + custodian));
            files.writeShare(custodian, plan.slug(), share);
            shares.add(share);
        }
        return shares;
    }

    /** A batch per team (its respondents and a few spare codes), exported once; each team's codes by unit code. */
    private Map<String, List<String>> issueCodes(UUID waveId, Map<UUID, Integer> respondentsByTeam) {
        byte[] zip = staff.as(ADMIN, () -> {
            List<UUID> batches = new ArrayList<>();
            respondentsByTeam.forEach((team, count) -> batches.add(codes.createBatch(waveId, team,
                    count + Math.max(settings.openCodes(), count * CODE_MARGIN_PERCENT / 100))));
            return codes.exportAllOnce(batches, letterText());
        }).orElseThrow();
        Map<String, List<String>> byUnit = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith("/codes.csv")) {
                    String unitCode = entry.getName().substring(0, entry.getName().indexOf('/'));
                    byUnit.put(unitCode, new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                            .map(line -> line.substring(0, line.indexOf(','))).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byUnit;
    }

    private RespondentQuestionnaire questionnaire(UUID waveId) {
        UUID questionnaireId = waves.fieldworkWave(waveId).map(FieldworkWave::questionnaireId).orElseThrow();
        return fieldwork.questionnaire(questionnaireId).orElseThrow();
    }

    /** Submits through the respondent path on a few threads; the service's admission control paces them. */
    private int submit(Plan plan, int released, List<Submission> submissions) {
        AtomicInteger done = new AtomicInteger();
        String where = plan.release() ? "wave " + (plan.index() + 1) + " of " + released : "open wave";
        ExecutorService pool = Executors.newFixedThreadPool(settings.submitters(),
                Thread.ofPlatform().name("candour-demo-submit-", 1).daemon().factory());
        try {
            List<Future<?>> running = new ArrayList<>();
            AtomicInteger next = new AtomicInteger();
            for (int t = 0; t < settings.submitters(); t++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < submissions.size(); i = next.getAndIncrement()) {
                        Submission submission = submissions.get(i);
                        SubmissionResult result = staff.asRespondent(() -> fieldwork.submit(submission));
                        if (result != SubmissionResult.RECORDED) {
                            throw new IllegalStateException("demo: a ballot was not recorded (" + result + ")");
                        }
                        int count = done.incrementAndGet();
                        if (count % PROGRESS_STEP == 0 || count == submissions.size()) {
                            log.info("demo: {}, {} of {} ballots submitted", where, String.format(Locale.UK, "%,d",
                                    count), String.format(Locale.UK, "%,d", submissions.size()));
                        }
                    }
                    return null;
                }));
            }
            running.forEach(DemoWaves::await);
        } finally {
            pool.shutdownNow();
        }
        return done.get();
    }

    /** The administrator closes the wave; both custodians present their shares; the association's releases. */
    private void release(UUID waveId, Plan plan, List<String> shares) {
        staff.as(ADMIN, () -> waves.closeWave(waveId));
        for (int i = 0; i < CUSTODIANS.size(); i++) {
            String share = shares.get(i);
            staff.as(CUSTODIANS.get(i), () -> releases.presentShare(waveId, share));
        }
        ReleaseProgress progress = new ReleaseProgress() {
            private Stage last;

            @Override
            public void update(Stage stage, int done, int total) {
                if (stage != last) {
                    last = stage;
                    log.info("demo: releasing {}: {}", plan.name(), stage.name().toLowerCase(Locale.ROOT));
                }
            }
        };
        long start = System.nanoTime();
        ReleaseSummary summary = staff.as(ASSOCIATION, () -> releases.release(waveId, false, progress));
        log.info("demo: released {} with {} respondents in {} ms", plan.name(), summary.respondents(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Waits for a background step; its failure becomes the demo's. */
    private static void await(Future<?> step) {
        try {
            step.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("demo: interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("demo: a step failed", e.getCause());
        }
    }

    /** Respondents of a team in a wave: a response rate of about 36-56 %, rising a little wave by wave. */
    private int respondentsOf(OrgUnit team, Plan plan) {
        double rate = plan.release()
                ? 0.36 + 0.14 * Math.floorMod((team.code() + "/rate").hashCode(), 100) / 100.0 + 0.03 * plan.index()
                : 0.10 + 0.08 * Math.floorMod((team.code() + "/open").hashCode(), 100) / 100.0;
        return (int) Math.round(team.headcount() * rate * settings.scale());
    }

    /** A team's lasting climate, from -0.5 (poor) to +0.5 (good). */
    static double climate(String unitCode) {
        return Math.floorMod((unitCode + "/climate").hashCode(), 101) / 100.0 - 0.5;
    }

    private static Map<UUID, String> commands(List<OrgUnit> units) {
        Map<UUID, OrgUnit> byId = new HashMap<>();
        units.forEach(unit -> byId.put(unit.id(), unit));
        Map<UUID, String> commandOf = new HashMap<>();
        for (OrgUnit unit : units) {
            OrgUnit at = unit;
            while (at.parentId() != null && byId.get(at.parentId()).parentId() != null) {
                at = byId.get(at.parentId());
            }
            commandOf.put(unit.id(), at.code());
        }
        return commandOf;
    }

    private static final SecureRandom NONCES = new SecureRandom();

    private static byte[] nonce() {
        byte[] nonce = new byte[16];
        NONCES.nextBytes(nonce);
        return nonce;
    }

    /** The texts printed on the code letters, from the default translations (the letters are not kept). */
    private static CodeLetterText letterText() {
        ResourceBundle texts = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT);
        List<String> promise = new ArrayList<>();
        for (String key : List.of("no-link", "sealed", "threshold", "not-stored")) {
            promise.add(java.text.MessageFormat.format(texts.getString("respondent.start.promise." + key),
                    WaveDefaults.MIN_CELL_SIZE));
        }
        return new CodeLetterText(texts.getString("letter.title"), texts.getString("letter.introduction"),
                texts.getString("letter.code"), texts.getString("letter.address"), promise);
    }
}
