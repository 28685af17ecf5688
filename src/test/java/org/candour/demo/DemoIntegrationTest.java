package org.candour.demo;

import org.candour.IntegrationTest;
import org.candour.SignedIn;
import org.candour.base.CandourProperties;
import org.candour.fieldwork.CodeEntry;
import org.candour.fieldwork.FieldworkService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.db.Tables.ADMIN_AUDIT;
import static org.candour.db.Tables.WAVE;
import static org.candour.db.published.Tables.RELEASE_CELL;
import static org.candour.db.published.Tables.RELEASE_COMMENT;
import static org.candour.db.published.Tables.WAVE_RELEASE;

/**
 * The demo at its real size on a fresh embedded database, as a newcomer's first start runs it (about half a
 * minute; DemoBenchmark times it): three released waves with published figures, one open wave whose listed
 * codes work, the custodians' shares kept in DEMO files, every step audited as the demo account that took it,
 * and nothing created twice on a restart.
 */
@IntegrationTest
@TestPropertySource(properties = "candour.demo-data.waves=true")
class DemoIntegrationTest {

    @Autowired
    DemoRunner runner;
    @Autowired
    DemoCodes demoCodes;
    @Autowired
    FieldworkService fieldwork;
    @Autowired
    CandourProperties properties;
    @Autowired
    DSLContext dsl;

    @Test
    void theDemoReleasesThreeWavesLeavesOneOpenWithWorkingCodesAndRunsOnlyOnce() throws Exception {
        assertThat(runner.finished().get(3, TimeUnit.MINUTES)).isEqualTo(DemoRunner.Result.CREATED);

        assertThat(dsl.select(WAVE.STATUS).from(WAVE).where(WAVE.NAME.endsWith(DemoWaves.NAME_SUFFIX))
                .orderBy(WAVE.OPENS_ON).fetch(WAVE.STATUS)).containsExactly("RELEASED", "RELEASED", "RELEASED", "OPEN");
        assertThat(dsl.fetch(WAVE_RELEASE)).hasSize(3).allSatisfy(release -> {
            assertThat(release.getRespondents()).isGreaterThan(2_000);
            assertThat(dsl.fetchCount(RELEASE_CELL, RELEASE_CELL.WAVE_ID.eq(release.getWaveId()),
                    RELEASE_CELL.SUPPRESSED.isFalse())).isPositive();
        });
        assertThat(dsl.fetchCount(RELEASE_COMMENT)).isPositive();

        List<String> codes = SignedIn.as("admin", "ADMIN", () -> demoCodes.listing().codes());
        assertThat(codes).hasSize(5);
        for (String code : codes) {
            assertThat(fieldwork.enterCode(code, "demo-test", "demo-test").status()).isEqualTo(CodeEntry.Status.ACCEPTED);
        }

        Path folder = properties.dataDir().resolve("demo");
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(file -> file.getFileName().toString()).toList();
            assertThat(names).allMatch(name -> name.startsWith("DEMO-"));
            assertThat(names.stream().filter(name -> name.startsWith("DEMO-share-"))).hasSize(8);
        }
        assertThat(dsl.select(ADMIN_AUDIT.USERNAME).from(ADMIN_AUDIT).where(ADMIN_AUDIT.ACTION.eq("wave.released"))
                .fetch(ADMIN_AUDIT.USERNAME)).containsOnly(DemoWaves.ASSOCIATION).hasSize(3);
        assertThat(dsl.select(ADMIN_AUDIT.USERNAME).from(ADMIN_AUDIT).where(ADMIN_AUDIT.ACTION.eq("wave.opened"))
                .fetch(ADMIN_AUDIT.USERNAME)).containsOnly(DemoWaves.ADMIN).hasSize(4);

        // A restart finds the demo waves and creates nothing more.
        int wavesBefore = dsl.fetchCount(WAVE);
        assertThat(runner.runNow()).isEqualTo(DemoRunner.Result.SKIPPED);
        assertThat(dsl.fetchCount(WAVE)).isEqualTo(wavesBefore);
    }
}
