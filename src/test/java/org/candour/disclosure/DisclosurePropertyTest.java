package org.candour.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.candour.disclosure.synthetic.SyntheticForce;
import org.junit.jupiter.api.Test;

/** Many small random forces: the independent verifier must accept every release of the engine. */
class DisclosurePropertyTest {

    /** Set to a failing seed from the assertion message to rerun just that force. */
    private static final long REPRODUCE_SEED = -1;

    @Test
    void verifierAcceptsEveryReleaseOfRandomSmallForcesWithTheMinimumK() {
        assertAllAccepted(500, 5);
    }

    /** The default k: the verifier's exhaustive part stops at 4 members, its candidates and basis scan do not. */
    @Test
    void verifierAcceptsEveryReleaseOfRandomSmallForcesWithTheDefaultK() {
        assertAllAccepted(100, 10);
    }

    private static void assertAllAccepted(int forces, int k) {
        DisclosureEngine engine = new DisclosureEngine();
        GuaranteeVerifier verifier = new GuaranteeVerifier();
        long first = REPRODUCE_SEED >= 0 ? REPRODUCE_SEED : 1;
        long last = REPRODUCE_SEED >= 0 ? REPRODUCE_SEED : forces;
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (long seed = first; seed <= last; seed++) {
            SyntheticForce force = SyntheticForce.generate(SyntheticForce.Config.small(seed));
            ProtectedRelease release = engine.protect(force.population(), force.catalogue(), k);
            VerificationReport report = verifier.verify(force.population(), force.catalogue(), release, k);
            checked++;
            if (!release.exhaustivelyChecked()) {
                failures.add("seed " + seed + ": the engine's small-set search did not complete");
            }
            if (!report.passed()) {
                failures.add("seed " + seed + ": " + report.violations().get(0)
                        + (report.violations().size() > 1 ? " (+" + (report.violations().size() - 1) + " more)" : ""));
            }
        }
        assertThat(checked).isEqualTo(last - first + 1);
        assertThat(failures).as("k=%d: %d problems over %d forces (set REPRODUCE_SEED to rerun one)", k,
                failures.size(), checked).isEmpty();
    }
}
