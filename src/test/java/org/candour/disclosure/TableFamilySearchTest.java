package org.candour.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.candour.disclosure.synthetic.SyntheticForce;
import org.junit.jupiter.api.Test;

/**
 * The small-set search per table family is what protects a large wave beyond the listed targets (the search over
 * the whole catalogue does not complete there). Medium forces (4 to 6 dimensions, up to 200 respondents) are
 * protected with the whole-catalogue search switched off, as it is in effect for a large wave, and checked by the
 * independent verifier.
 */
class TableFamilySearchTest {

    /** Forces where the listed targets alone leave a small obtainable set, found while writing this test. */
    private static final long[] LEAKING_WITHOUT_FAMILIES = {1, 4, 5, 17, 18, 20, 34, 42, 51};

    private final GuaranteeVerifier verifier = new GuaranteeVerifier();

    @Test
    void familySearchRemovesWhatTheListedTargetsMiss() {
        DisclosureEngine listedOnly = new DisclosureEngine(new DisclosureEngine.Searches(false, false));
        DisclosureEngine withFamilies = new DisclosureEngine(new DisclosureEngine.Searches(true, false));
        List<String> problems = new ArrayList<>();
        for (long seed : LEAKING_WITHOUT_FAMILIES) {
            SyntheticForce force = medium(seed);
            if (violations(listedOnly, force).isEmpty()) {
                problems.add("seed " + seed + ": the weakened engine (listed targets only) was not caught");
            }
            ProtectedRelease release = withFamilies.protect(force.population(), force.catalogue(), 5);
            List<String> left = verifier.verify(force.population(), force.catalogue(), release, 5).violations();
            if (!left.isEmpty()) {
                problems.add("seed " + seed + ": with the family search: " + left.get(0));
            }
            if (!release.familiesChecked() || release.exhaustivelyChecked()) {
                problems.add("seed " + seed + ": the release should say the families, and only they, were searched");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void familySearchLeavesFewerLeakingForcesOverall() {
        DisclosureEngine listedOnly = new DisclosureEngine(new DisclosureEngine.Searches(false, false));
        DisclosureEngine withFamilies = new DisclosureEngine(new DisclosureEngine.Searches(true, false));
        int leakingListed = 0;
        int leakingFamilies = 0;
        for (long seed = 1; seed <= 60; seed++) {
            SyntheticForce force = medium(seed);
            leakingListed += violations(listedOnly, force).isEmpty() ? 0 : 1;
            leakingFamilies += violations(withFamilies, force).isEmpty() ? 0 : 1;
        }
        // Measured: 21 of 60 with the listed targets only, none with the family search (7 with the one-dimension
        // families and the cross-tables' pairs on the counts only). Over the 500 forces of seeds 61..560: 2 still
        // leak (7 without the triples, 30 with the pair families on the counts only, 68 before those and the node
        // cross-table families): an item level needing three dimensions, and a set needing four or more; the
        // whole-catalogue search catches those where it completes.
        assertThat(leakingFamilies).as("forces leaking: %d with the listed targets only, %d with the family search",
                leakingListed, leakingFamilies).isLessThanOrEqualTo(leakingListed / 2);
    }

    /**
     * Each kind of family catches forces the others miss: without it the verifier finds a small obtainable set
     * (the deliberately weakened engine), with every family none. The kinds searched on every level are compared
     * with each other, without the triples: on the counts those cover much of what the others find, but not on
     * the item levels, where they do not run. Seeds found while writing this test.
     */
    @Test
    void everyKindOfFamilyIsNeeded() {
        Map<TableFamilies.Kind, long[]> leakingWithout = Map.of(
                // sets that need two cross-tables of one node (seeds 39, 49 and 53 of the block a cross-table's
                // margins isolate are found by the pair families too, now that those run on the item levels)
                TableFamilies.Kind.NODE_CROSS_TABLES, new long[] {23, 265, 270, 346},
                // two single-dimension tables of a node minus the same of its child nodes, on counts and items
                TableFamilies.Kind.DIMENSION_PAIR, new long[] {26, 31, 45, 71, 75, 84},
                // three dimensions over several levels, on the counts
                TableFamilies.Kind.DIMENSION_TRIPLE, new long[] {94, 204, 264, 310, 462});
        DisclosureEngine allFamilies = new DisclosureEngine(new DisclosureEngine.Searches(true, false));
        List<String> problems = new ArrayList<>();
        leakingWithout.forEach((kind, seeds) -> {
            Set<TableFamilies.Kind> others = EnumSet.complementOf(kind.everyLevel
                    ? EnumSet.of(kind, TableFamilies.Kind.DIMENSION_TRIPLE) : EnumSet.of(kind));
            DisclosureEngine without = new DisclosureEngine(new DisclosureEngine.Searches(others, false, false));
            for (long seed : seeds) {
                SyntheticForce force = medium(seed);
                if (violations(without, force).isEmpty()) {
                    problems.add("seed " + seed + ": the engine without " + kind + " was not caught");
                }
                List<String> left = violations(allFamilies, force);
                if (!left.isEmpty()) {
                    problems.add("seed " + seed + ": with every family: " + left.get(0));
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void theFullEngineIsAcceptedOnTheSameForces() {
        DisclosureEngine engine = new DisclosureEngine();
        List<String> problems = new ArrayList<>();
        for (long seed = 1; seed <= 60; seed++) {
            SyntheticForce force = medium(seed);
            List<String> left = violations(engine, force);
            if (!left.isEmpty()) {
                problems.add("seed " + seed + ": " + left.get(0));
            }
        }
        assertThat(problems).isEmpty();
    }

    /** What the independent verifier finds in the engine's release of {@code force} at k = 5. */
    static List<String> violations(DisclosureEngine engine, SyntheticForce force) {
        ProtectedRelease release = engine.protect(force.population(), force.catalogue(), 5);
        return new GuaranteeVerifier().verify(force.population(), force.catalogue(), release, 5).violations();
    }

    /** A medium force: 4 to 6 dimensions, 40 to 199 respondents, up to 17 org nodes. */
    static SyntheticForce medium(long seed) {
        SplittableRandom random = new SplittableRandom(seed * 7919);
        return SyntheticForce.generate(new SyntheticForce.Config(seed, 3 + random.nextInt(15), 1 + random.nextInt(3),
                2 + random.nextInt(4), 40 + random.nextInt(160), 4 + random.nextInt(3), 2,
                random.nextDouble() * 0.2, random.nextDouble() * 0.3, random.nextDouble() * 0.2));
    }
}
