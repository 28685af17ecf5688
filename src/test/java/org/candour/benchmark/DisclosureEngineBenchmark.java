package org.candour.benchmark;

import org.candour.disclosure.CellStatus;
import org.candour.disclosure.DisclosureEngine;
import org.candour.disclosure.GuaranteeVerifier;
import org.candour.disclosure.ItemStatus;
import org.candour.disclosure.ProtectedRelease;
import org.candour.disclosure.synthetic.SyntheticForce;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The disclosure engine alone (./mvnw -Pbenchmark verify -Dtest=DisclosureEngineBenchmark; size with
 * -Dcandour.benchmark.respondents=N, default 20,000): a synthetic force of about 250 nodes, 6 dimensions,
 * the default catalogue and 40 items, k = 10. Reports protect() time, the independent verifier's time where it runs
 * at release (up to 1,000 respondents), peak heap, suppression and whether the
 * exact search completed. Writes target/benchmark-disclosure.json. No Spring, no database.
 */
@Tag("benchmark")
class DisclosureEngineBenchmark {

    @Test
    void measure() {
        int respondents = Integer.getInteger("candour.benchmark.respondents", 20_000);
        SyntheticForce.Config benchmark = SyntheticForce.Config.benchmark(1L);
        SyntheticForce.Config config = new SyntheticForce.Config(benchmark.seed(), benchmark.nodes(),
                benchmark.maxDepth(), benchmark.maxFanOut(), respondents, benchmark.dimensions(), benchmark.items(),
                benchmark.nonResponse(), benchmark.innerShare(), benchmark.homogeneousShare());
        SyntheticForce force = SyntheticForce.generate(config);

        HeapMeter.resetPeaks();
        long start = System.nanoTime();
        ProtectedRelease release = new DisclosureEngine().protect(force.population(), force.catalogue(), 10);
        long millis = (System.nanoTime() - start) / 1_000_000;

        int cells = 0;
        int suppressed = 0;
        long suppressedItems = 0;
        long bandedItems = 0;
        for (ProtectedRelease.TableRelease table : release.tables()) {
            for (ProtectedRelease.CellRelease cell : table.cells()) {
                cells++;
                suppressed += cell.status() == CellStatus.SUPPRESSED ? 1 : 0;
                for (ProtectedRelease.ItemRelease item : cell.items()) {
                    suppressedItems += item.status() == ItemStatus.SUPPRESSED ? 1 : 0;
                    bandedItems += item.status() == ItemStatus.BANDED ? 1 : 0;
                }
            }
        }
        // The independent verifier re-checks releases at release time up to its limit: time it there too.
        String verifier = "not run (above " + GuaranteeVerifier.FEASIBLE_RESPONDENTS + " respondents)";
        if (respondents <= GuaranteeVerifier.FEASIBLE_RESPONDENTS) {
            long verifyStart = System.nanoTime();
            boolean passed = new GuaranteeVerifier().verify(force.population(), force.catalogue(), release, 10).passed();
            verifier = (System.nanoTime() - verifyStart) / 1_000_000 / 1000.0 + " s, " + (passed ? "accepted" : "REJECTED");
        }
        new BenchmarkReport("disclosure")
                .put("respondents", force.population().respondents().size())
                .put("org nodes", force.population().tree().size())
                .put("cells", cells)
                .put("suppressed cells", suppressed)
                .put("suppressed cell-items", suppressedItems)
                .put("banded cell-items", bandedItems)
                .put("exhaustively checked", String.valueOf(release.exhaustivelyChecked()))
                .put("every table family checked", String.valueOf(release.familiesChecked()))
                .put("protect s", millis / 1000.0)
                .put("independent verifier", verifier)
                .put("peak live heap MiB (after GC)", HeapMeter.peakHeapMiB())
                .publish();
    }
}
