package org.candour.benchmark;

import org.candour.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.db.Tables.ORG_UNIT;
import static org.candour.db.published.Tables.WAVE_RELEASE;

/**
 * The demo at its real size (./mvnw -Pbenchmark verify -Dtest=DemoBenchmark): the whole first-start demo
 * (three released waves of about 2,700 respondents, one open wave) as a newcomer's first start runs it,
 * timed from start to finish. Target: under a minute. Writes target/benchmark-demo.json.
 */
@Tag("benchmark")
@IntegrationTest
@TestPropertySource(properties = "candour.demo-data.waves=true")
class DemoBenchmark {

    @Autowired
    org.candour.demo.DemoProbe demo;
    @Autowired
    DSLContext dsl;

    @Test
    void measure() throws Exception {
        HeapMeter.resetPeaks();
        org.candour.demo.DemoProbe.Run run = demo.awaitFinished();
        assertThat(run.created()).isTrue();

        new BenchmarkReport("demo")
                .put("cores", Runtime.getRuntime().availableProcessors())
                .put("org units", dsl.fetchCount(ORG_UNIT))
                .put("headcount", dsl.select(org.jooq.impl.DSL.sum(ORG_UNIT.HEADCOUNT)).from(ORG_UNIT).fetchSingle()
                        .value1().intValue())
                .put("released waves", dsl.fetchCount(WAVE_RELEASE))
                .put("respondents per released wave", dsl.select(WAVE_RELEASE.RESPONDENTS).from(WAVE_RELEASE)
                        .fetch(WAVE_RELEASE.RESPONDENTS).toString())
                .put("ballots submitted", run.ballots())
                .put("demo s", run.millis() / 1000.0)
                .put("peak live heap MiB (after GC)", HeapMeter.peakHeapMiB())
                .put("target", "< 60 s on this machine")
                .publish();
        assertThat(run.millis()).isLessThan(60_000);
    }
}
