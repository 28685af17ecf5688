package org.candour.demo;

import org.candour.base.CandourProperties;
import org.candour.org.OrgService;
import org.candour.wave.WaveService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Once the application is ready, creates the demo's waves in the background (the server is usable at once).
 * Only where demo data is on (the embedded default, or CANDOUR_DEMO=true), the demo force exists and no wave
 * exists yet: a restart, or an installation someone already uses, gets nothing twice. A failure is logged
 * and leaves the application running.
 */
@Component
class DemoRunner {

    /** The demo force's code (see org.DemoForce). */
    static final String DEMO_FORCE_CODE = "NMP";

    enum Result { CREATED, SKIPPED, FAILED }

    private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);

    private final CandourProperties properties;
    private final DemoSettings settings;
    private final DemoStaff staff;
    private final DemoWaves demoWaves;
    private final OrgService org;
    private final WaveService waves;
    private final CompletableFuture<Result> finished = new CompletableFuture<>();
    private volatile DemoWaves.Outcome outcome;

    DemoRunner(CandourProperties properties, DemoSettings settings, DemoStaff staff, DemoWaves demoWaves,
               OrgService org, WaveService waves) {
        this.properties = properties;
        this.settings = settings;
        this.staff = staff;
        this.demoWaves = demoWaves;
        this.org = org;
        this.waves = waves;
    }

    /** Whether this installation wants demo waves at all. */
    static boolean wanted(CandourProperties properties, DemoSettings settings) {
        return properties.demoEnabled() && settings.waves();
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (!wanted(properties, settings)) {
            finished.complete(Result.SKIPPED);
            return;
        }
        Thread.ofPlatform().name("candour-demo").daemon().start(() -> finished.complete(runNow()));
    }

    /** How the background run ended (for tests and benchmarks). */
    CompletableFuture<Result> finished() {
        return finished;
    }

    /** What the last run created, if it created anything. */
    java.util.Optional<DemoWaves.Outcome> outcome() {
        return java.util.Optional.ofNullable(outcome);
    }

    /** Creates the demo waves if they are due; never throws. */
    Result runNow() {
        try {
            if (!isDue()) {
                log.info("demo: waves not created (no demo force, or waves exist already)");
                return Result.SKIPPED;
            }
            log.info("demo: creating three released waves and one open wave of the demo force in the background");
            outcome = demoWaves.create(LocalDate.now());
            log.info("demo: finished in {} s: {} released waves, {} ballots; demo files in {}",
                    String.format(Locale.ROOT, "%.1f", outcome.millis() / 1000.0), outcome.releasedWaves(),
                    outcome.ballots(), demoFolder());
            return Result.CREATED;
        } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
            log.info("demo: waves not created (the demo staff accounts do not exist on this database)");
            return Result.SKIPPED;
        } catch (RuntimeException | Error e) {
            log.error("demo: creating the demo waves FAILED; the application runs on, but the demo data is"
                    + " incomplete. To start afresh, stop Candour and delete the data folder {}",
                    properties.dataDir().toAbsolutePath(), e);
            return Result.FAILED;
        }
    }

    private boolean isDue() {
        return staff.as(DemoWaves.ADMIN, () -> org.listUnits().stream()
                .anyMatch(unit -> unit.parentId() == null && DEMO_FORCE_CODE.equals(unit.code()))
                && waves.listWaves().isEmpty());
    }

    private String demoFolder() {
        return properties.dataDir().resolve("demo").toAbsolutePath().toString();
    }
}
