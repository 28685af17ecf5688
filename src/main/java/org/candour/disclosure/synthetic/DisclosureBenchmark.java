package org.candour.disclosure.synthetic;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import org.candour.disclosure.CellStatus;
import org.candour.disclosure.DisclosureEngine;
import org.candour.disclosure.ItemStatus;
import org.candour.disclosure.ProtectedRelease;

/**
 * Times {@link DisclosureEngine#protect} on a benchmark-size synthetic force (50,000 respondents, about 250 org
 * nodes, 6 dimensions, default catalogue, 40 items) and reports peak heap. Run with e.g. {@code -Xmx2g}.
 */
public final class DisclosureBenchmark {

    /** Figures of one benchmark run. */
    public record Figures(int respondents, int nodes, int cells, int suppressedCells, long suppressedItems,
            long bandedItems, boolean exhaustivelyChecked, long generateMillis, long protectMillis,
            long peakHeapBytes) {}

    private DisclosureBenchmark() {}

    public static Figures run(SyntheticForce.Config config, int k) {
        long start = System.nanoTime();
        SyntheticForce force = SyntheticForce.generate(config);
        long generated = System.nanoTime();
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long before = System.nanoTime();
        ProtectedRelease release = new DisclosureEngine().protect(force.population(), force.catalogue(), k);
        long after = System.nanoTime();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        int cells = 0;
        int suppressed = 0;
        long suppressedItems = 0;
        long banded = 0;
        for (ProtectedRelease.TableRelease table : release.tables()) {
            for (ProtectedRelease.CellRelease cell : table.cells()) {
                cells++;
                if (cell.status() == CellStatus.SUPPRESSED) {
                    suppressed++;
                }
                for (ProtectedRelease.ItemRelease item : cell.items()) {
                    suppressedItems += item.status() == ItemStatus.SUPPRESSED ? 1 : 0;
                    banded += item.status() == ItemStatus.BANDED ? 1 : 0;
                }
            }
        }
        return new Figures(force.population().respondents().size(), force.population().tree().size(), cells,
                suppressed, suppressedItems, banded, release.exhaustivelyChecked(), (generated - start) / 1_000_000,
                (after - before) / 1_000_000,
                peak);
    }

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1L;
        SyntheticForce.Config config = SyntheticForce.Config.benchmark(seed);
        if (args.length > 1) {
            config = new SyntheticForce.Config(seed, config.nodes(), config.maxDepth(), config.maxFanOut(),
                    Integer.parseInt(args[1]), config.dimensions(), config.items(), config.nonResponse(),
                    config.innerShare(), config.homogeneousShare());
        }
        Figures figures = run(config, 10);
        // A command-line entry point: printing the figures is its purpose.
        System.out.println(figures);
    }
}
