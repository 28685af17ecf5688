package org.candour.benchmark;

import org.candour.IntegrationTest;
import org.candour.SignedIn;
import org.candour.analytics.AnalyticsService;
import org.candour.analytics.Dimension;
import org.candour.analytics.Measure;
import org.candour.analytics.OrgNode;
import org.candour.analytics.ReleasedWave;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analytics benchmark (issue 5: "with 10 released waves of 50,000 respondents each, the data for any view of
 * any node in at most 150 ms p95"): 10 waves of the default catalogue over a force of about 250 units written
 * straight into the published schema ({@link BulkRelease}), then each view's AnalyticsService call for random
 * nodes, waves, measures and dimensions as an association analyst: warm-up first, then at least 200 timed calls per
 * view. Reports p50 / p95 / max per view; writes target/benchmark-analytics.json. Sizes:
 * -Dcandour.benchmark.waves (10), -Dcandour.benchmark.respondents (50,000), -Dcandour.benchmark.calls (200).
 */
@Tag("benchmark")
@IntegrationTest
class AnalyticsBenchmark {

    private static final int WARM_UP = 30;

    @Autowired
    DSLContext dsl;
    @Autowired
    AnalyticsService analytics;

    @Test
    void measure() {
        int waveCount = Integer.getInteger("candour.benchmark.waves", 10);
        int respondents = Integer.getInteger("candour.benchmark.respondents", 50_000);
        int calls = Integer.getInteger("candour.benchmark.calls", 200);

        BulkRelease bulk = new BulkRelease(dsl);
        BulkRelease.Unit force = bulk.syntheticForce();
        long seedStart = System.nanoTime();
        for (int w = 0; w < waveCount; w++) {
            bulk.releaseWave(force, 2016 + w, respondents);
        }
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        dsl.execute("analyze");

        BenchmarkReport report = new BenchmarkReport("analytics")
                .put("released waves", waveCount)
                .put("respondents per wave", respondents)
                .put("org units released", bulk.unitIds(force).size())
                .put("profile dimensions", bulk.dimensions())
                .put("items per cell", bulk.items())
                .put("published tables", bulk.tables)
                .put("published cells", bulk.cells)
                .put("published item rows", bulk.itemRows)
                .put("seeding s (COPY)", Math.round(seedSeconds * 10) / 10.0);

        SignedIn.as("analyst.association", "ANALYST", () -> {
            List<ReleasedWave> waves = analytics.releasedWaves();
            // Every node of the released force (the root and the 250 units below it), none of the test data's others.
            java.util.Set<UUID> released = bulk.unitIds(force);
            List<OrgNode> nodes = analytics.visibleNodes().stream().filter(n -> released.contains(n.id())).toList();
            assertThat(nodes).hasSize(released.size());
            List<Dimension> dimensions = analytics.dimensions();
            List<Measure> measures = analytics.measures(waves.getFirst().id());
            assertThat(waves).hasSizeGreaterThanOrEqualTo(waveCount);
            SplittableRandom random = new SplittableRandom(5);
            Map<String, Consumer<Pick>> views = new LinkedHashMap<>();
            views.put("overview", p -> analytics.overview(p.wave(), p.node()));
            views.put("compare", p -> analytics.compare(p.wave(), p.node(), p.measure(), p.dimension()));
            views.put("trends", p -> analytics.trends(p.node(), p.measure(), p.dimension()));
            views.put("heatmap", p -> analytics.heatmap(p.wave(), p.node(), p.dimension()));
            views.put("experiences", p -> analytics.experiences(p.wave(), p.node(), p.dimension()));
            views.put("comments", p -> analytics.comments(p.wave(), p.node(), "COMMENT_01", ""));
            double worstP95 = 0;
            for (Map.Entry<String, Consumer<Pick>> view : views.entrySet()) {
                for (int i = 0; i < WARM_UP; i++) {
                    view.getValue().accept(Pick.random(random, waves, nodes, measures, dimensions));
                }
                double[] millis = new double[calls];
                for (int i = 0; i < calls; i++) {
                    Pick pick = Pick.random(random, waves, nodes, measures, dimensions);
                    long start = System.nanoTime();
                    view.getValue().accept(pick);
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(millis);
                double p95 = percentile(millis, 0.95);
                worstP95 = Math.max(worstP95, p95);
                report.put(view.getKey() + " p50 ms", round(percentile(millis, 0.50)))
                        .put(view.getKey() + " p95 ms", round(p95))
                        .put(view.getKey() + " max ms", round(millis[millis.length - 1]));
            }
            report.put("calls per view (after " + WARM_UP + " warm-up)", calls)
                    .put("worst p95 ms", round(worstP95))
                    .put("target", "<= 150 ms p95 for every view");
        });
        report.publish();
    }

    /** One random request: a released wave, a node, a theme or item, and a dimension. */
    private record Pick(UUID wave, UUID node, Measure measure, String dimension) {
        static Pick random(SplittableRandom random, List<ReleasedWave> waves, List<OrgNode> nodes,
                           List<Measure> measures, List<Dimension> dimensions) {
            return new Pick(waves.get(random.nextInt(waves.size())).id(), nodes.get(random.nextInt(nodes.size())).id(),
                    measures.get(random.nextInt(measures.size())), dimensions.get(random.nextInt(dimensions.size())).code());
        }
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double round(double millis) {
        return Math.round(millis * 10) / 10.0;
    }
}
