package org.candour.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.candour.disclosure.synthetic.SyntheticForce;
import org.junit.jupiter.api.Test;

/**
 * The whole-catalogue search runs as three shallow searches ({@link PigeonholeSplit}). These tests show that the
 * split loses nothing (the independent verifier accepts what the search alone protects), that a split whose limits
 * do not cover every small set is caught, and that the search finishes on the benchmark's large org tree at a size
 * where the unsplit search did not (300 respondents over 250 nodes: not within 100 times the budget).
 */
class PigeonholeSplitTest {

    private final GuaranteeVerifier verifier = new GuaranteeVerifier();

    @Test
    void limitsAddUpToK() {
        for (int k = DisclosureEngine.MINIMUM_K; k <= 40; k++) {
            int[] limits = PigeonholeSplit.limits(k);
            assertThat(Arrays.stream(limits).min().orElseThrow()).as("k = %d", k).isNotNegative();
            assertThat(Arrays.stream(limits).map(limit -> limit + 1).sum()).as("k = %d", k).isEqualTo(k);
        }
    }

    @Test
    void theSplitSearchAloneProtectsMediumForces() {
        DisclosureEngine searchOnly = new DisclosureEngine(new DisclosureEngine.Searches(false, true, false));
        List<String> problems = new ArrayList<>();
        int exhaustive = 0;
        for (long seed = 1; seed <= 60; seed++) {
            SyntheticForce force = TableFamilySearchTest.medium(seed);
            ProtectedRelease release = searchOnly.protect(force.population(), force.catalogue(), 5);
            exhaustive += release.exhaustivelyChecked() ? 1 : 0;
            List<String> left = verifier.verify(force.population(), force.catalogue(), release, 5).violations();
            if (!left.isEmpty()) {
                problems.add("seed " + seed + ": " + left.get(0));
            }
        }
        assertThat(problems).isEmpty();
        assertThat(exhaustive).as("forces whose search completed").isEqualTo(60);
    }

    @Test
    void theSearchFinishesOnALargeOrgTree() {
        SyntheticForce.Config benchmark = SyntheticForce.Config.benchmark(1);
        SyntheticForce force = SyntheticForce.generate(new SyntheticForce.Config(1, benchmark.nodes(),
                benchmark.maxDepth(), benchmark.maxFanOut(), 300, benchmark.dimensions(), 2, benchmark.nonResponse(),
                benchmark.innerShare(), benchmark.homogeneousShare()));
        ProtectedRelease release = new DisclosureEngine().protect(force.population(), force.catalogue(), 10);
        assertThat(release.exhaustivelyChecked()).as("whole-catalogue search completed on every level").isTrue();
    }

    @Test
    void aSplitThatMissesSetsIsCaught() {
        DisclosureEngine broken = new DisclosureEngine(new DisclosureEngine.Searches(false, true, true));
        List<Long> caught = new ArrayList<>();
        for (long seed = 1; seed <= 60; seed++) {
            SyntheticForce force = TableFamilySearchTest.medium(seed);
            ProtectedRelease release = broken.protect(force.population(), force.catalogue(), 5);
            if (!verifier.verify(force.population(), force.catalogue(), release, 5).violations().isEmpty()) {
                caught.add(seed);
            }
        }
        assertThat(caught).as("forces where the verifier caught the broken split").isNotEmpty();
    }
}
