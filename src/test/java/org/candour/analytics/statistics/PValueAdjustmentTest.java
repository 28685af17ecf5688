package org.candour.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PValueAdjustmentTest {

    private static final double[] SMALL_FAMILY = {0.01, 0.04, 0.03, 0.005};

    @Test
    void holmHandChecked() {
        // Hand check: sorted 0.005, 0.01, 0.03, 0.04 times 4, 3, 2, 1 = 0.02, 0.03, 0.06, 0.04; the running
        // maximum turns the last into 0.06. Back in input order: 0.03, 0.06, 0.06, 0.02.
        assertThat(PValueAdjustment.holm(SMALL_FAMILY))
                .containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, within(1e-12));
    }

    @Test
    void benjaminiHochbergHandChecked() {
        // Hand check: sorted 0.005, 0.01, 0.03, 0.04 times 4/1, 4/2, 4/3, 4/4 = 0.02, 0.02, 0.04, 0.04; the
        // running minimum from the top changes nothing. Back in input order: 0.02, 0.04, 0.04, 0.02.
        assertThat(PValueAdjustment.benjaminiHochberg(SMALL_FAMILY))
                .containsExactly(new double[] {0.02, 0.04, 0.04, 0.02}, within(1e-12));
    }

    @Test
    void leavesTheInputUntouched() {
        double[] input = SMALL_FAMILY.clone();
        PValueAdjustment.holm(input);
        PValueAdjustment.benjaminiHochberg(input);
        assertThat(input).containsExactly(SMALL_FAMILY);
    }

    // Benjamini Y, Hochberg Y (1995) "Controlling the false discovery rate", J. R. Statist. Soc. B 57:289–300,
    // worked example: 15 p-values (Neuhaus et al. 1992); at q = 0.05 the procedure rejects the four smallest.
    private static final double[] BH_1995 = {
        0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344,
        0.0459, 0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.0000
    };

    @Test
    void benjaminiHochberg1995ExampleRejectsTheFourSmallest() {
        double[] adjusted = PValueAdjustment.benjaminiHochberg(shuffled(BH_1995));
        assertThat(Arrays.stream(adjusted).filter(p -> p <= 0.05).count()).isEqualTo(4);
        // Hand check. The fourth: 0.0095·15/4 = 0.035625. The fifth: min over j ≥ 5 of 15·p₍ⱼ₎/j, the smallest
        // being its own 0.0201·15/5 = 0.0603 (next: 0.0695, 0.063857, 0.0645, 0.0765, …).
        double[] sorted = PValueAdjustment.benjaminiHochberg(BH_1995);
        assertThat(sorted[3]).isCloseTo(0.035625, within(1e-12));
        assertThat(sorted[4]).isCloseTo(0.0603, within(1e-12));
        // The sixth is pulled down by the seventh: own 0.0278·15/6 = 0.0695, but 0.0298·15/7 = 0.0638571.
        assertThat(sorted[5]).isCloseTo(0.0298 * 15 / 7, within(1e-12));
    }

    @Test
    void holmOnTheSameFamilyRejectsThree() {
        // Hand check: 0.0019·13 = 0.0247 ≤ 0.05 but 0.0095·12 = 0.114 > 0.05, so Holm stops after three —
        // fewer than Benjamini–Hochberg, as the family-wise error rate is stricter.
        double[] adjusted = PValueAdjustment.holm(BH_1995);
        assertThat(Arrays.stream(adjusted).filter(p -> p <= 0.05).count()).isEqualTo(3);
        assertThat(adjusted[2]).isCloseTo(0.0247, within(1e-12));
        assertThat(adjusted[3]).isCloseTo(0.114, within(1e-12));
    }

    @Test
    void adjustedValuesAreCappedAtOne() {
        assertThat(PValueAdjustment.holm(0.6, 0.7)).containsExactly(new double[] {1.0, 1.0}, within(0.0));
        assertThat(PValueAdjustment.benjaminiHochberg(0.9, 0.95)).containsExactly(new double[] {0.95, 0.95},
                within(1e-12));
    }

    @Test
    void emptyAndSingleFamilies() {
        assertThat(PValueAdjustment.holm()).isEmpty();
        assertThat(PValueAdjustment.benjaminiHochberg(0.03)).containsExactly(0.03);
    }

    @Test
    void rejectsNonPValues() {
        assertThatThrownBy(() -> PValueAdjustment.holm(0.1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PValueAdjustment.benjaminiHochberg(-0.1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The same values in another order: adjustments must follow each p-value, not its position. */
    private static double[] shuffled(double[] values) {
        double[] copy = values.clone();
        for (int i = 0; i < copy.length / 2; i += 2) {
            double swap = copy[i];
            copy[i] = copy[copy.length - 1 - i];
            copy[copy.length - 1 - i] = swap;
        }
        return copy;
    }
}
