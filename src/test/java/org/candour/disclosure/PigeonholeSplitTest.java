package org.candour.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.candour.disclosure.synthetic.SyntheticForce;
import org.junit.jupiter.api.Test;

/**
 * The whole-catalogue search runs as four shallow searches ({@link PigeonholeSplit}). These tests show that the
 * split loses nothing (the bounds each search assumes follow from the earlier searches; the independent verifier
 * accepts what the search alone protects), that a split whose limits do not cover every small set is caught, and
 * that the search finishes on the benchmark's large org tree at a size where earlier splits did not (1,000
 * respondents over 250 nodes: three groups with limits 3, 3, 1 needed 132 million steps of the 100 million budget;
 * the unsplit search did not finish at 300 within 100 times the budget).
 */
class PigeonholeSplitTest {

    private final GuaranteeVerifier verifier = new GuaranteeVerifier();

    /** Both ways of setting the limits: the whole catalogue's and the table families'. */
    private static final List<IntFunction<int[]>> LIMITS = List.of(PigeonholeSplit::limits,
            PigeonholeSplit::evenLimits);

    @Test
    void limitsAddUpToK() {
        for (IntFunction<int[]> limitsOf : LIMITS) {
            for (int k = DisclosureEngine.MINIMUM_K; k <= 40; k++) {
                int[] limits = limitsOf.apply(k);
                assertThat(Arrays.stream(limits).min().orElseThrow()).as("k = %d", k).isNotNegative();
                assertThat(Arrays.stream(limits).map(limit -> limit + 1).sum()).as("k = %d", k).isEqualTo(k);
            }
        }
        assertThat(PigeonholeSplit.evenLimits(10)).containsExactly(2, 2, 2, 0);
    }

    @Test
    void everySmallSetMeetsTheBoundsOfTheSearchThatMustFindIt() {
        for (IntFunction<int[]> limitsOf : LIMITS) {
            for (int k = DisclosureEngine.MINIMUM_K; k <= 16; k++) {
                int[] limits = limitsOf.apply(k);
                int kk = k;
                assertThat(setOutsideItsBounds(limits, k, (group, searched) -> PigeonholeSplit.upperBounds(limits,
                        searched, kk)[group])).as("k = %d, limits %s", k, Arrays.toString(limits)).isNull();
            }
        }
    }

    @Test
    void boundsTighterThanTheEarlierSearchesJustifyAreCaught() {
        int[] limits = PigeonholeSplit.limits(10);
        // One less in the first group, for every later search: a set weighing exactly that much there is lost.
        String lost = setOutsideItsBounds(limits, 10, (group, searched) -> PigeonholeSplit.upperBounds(limits,
                searched, 10)[group] - (group == 0 && searched > 0 ? 1 : 0));
        assertThat(lost).isNotNull();
    }

    /**
     * Walks every way a set of 1..k-1 can weigh in the groups and, as the engine does, takes the first search whose
     * limit it meets; the weights that exceed a bound of that search (so it would miss the set), or null.
     */
    private static String setOutsideItsBounds(int[] limits, int k, BoundOf bound) {
        return walk(new int[limits.length], 0, 0, limits, k, bound);
    }

    private static String walk(int[] weight, int group, int total, int[] limits, int k, BoundOf bound) {
        if (group == weight.length) {
            if (total == 0) {
                return null;
            }
            int searched = 0;
            while (searched < limits.length && weight[searched] > limits[searched]) {
                searched++;
            }
            if (searched == limits.length) {
                return "no search takes " + Arrays.toString(weight);
            }
            for (int other = 0; other < weight.length; other++) {
                if (weight[other] > bound.of(other, searched)) {
                    return Arrays.toString(weight) + " in search " + searched;
                }
            }
            return null;
        }
        for (int w = 0; total + w < k; w++) {
            weight[group] = w;
            String found = walk(weight, group + 1, total + w, limits, k, bound);
            if (found != null) {
                return found;
            }
        }
        weight[group] = 0;
        return null;
    }

    private interface BoundOf {
        int of(int group, int searched);
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
                benchmark.maxDepth(), benchmark.maxFanOut(), 1000, benchmark.dimensions(), 2, benchmark.nonResponse(),
                benchmark.innerShare(), benchmark.homogeneousShare()));
        ProtectedRelease release = new DisclosureEngine().protect(force.population(), force.catalogue(), 10);
        assertThat(release.exhaustivelyChecked()).as("whole-catalogue search completed on every level").isTrue();
    }

    @Test
    void aSplitThatMissesSetsIsCaught() {
        DisclosureEngine broken = new DisclosureEngine(new DisclosureEngine.Searches(false, true, true));
        List<Long> caught = new ArrayList<>();
        for (long seed = 1; seed <= 60; seed++) {
            if (!TableFamilySearchTest.violations(broken, TableFamilySearchTest.medium(seed)).isEmpty()) {
                caught.add(seed);
            }
        }
        assertThat(caught).as("forces where the verifier caught the broken split").isNotEmpty();
    }
}
