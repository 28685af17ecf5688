package org.candour.analytics.statistics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Adjusted p-values for a family of m tests, returned in the order given. A test is significant after
 * correction at level α when its adjusted p-value is ≤ α — the same decisions as the step procedures.
 * With p₍₁₎ ≤ … ≤ p₍ₘ₎ the sorted p-values:
 * <ul>
 *   <li>Holm (Scand. J. Statist. 6 (1979) 65–70), step-down, controls the family-wise error rate:
 *       adj₍ᵢ₎ = max over j ≤ i of min(1, (m − j + 1)·p₍ⱼ₎).</li>
 *   <li>Benjamini–Hochberg (J. R. Statist. Soc. B 57 (1995) 289–300), step-up, controls the false discovery
 *       rate: adj₍ᵢ₎ = min over j ≥ i of min(1, m·p₍ⱼ₎ / j).</li>
 * </ul>
 * Both are the definitions R's {@code p.adjust} uses.
 */
public final class PValueAdjustment {

    private PValueAdjustment() {
    }

    public static double[] holm(double... pValues) {
        int[] order = ascendingOrder(pValues);
        int m = pValues.length;
        double[] adjusted = new double[m];
        double runningMax = 0;
        for (int rank = 0; rank < m; rank++) {
            int index = order[rank];
            // Max keeps the adjusted values in the same order as the raw ones (step-down stops at the first keep).
            runningMax = Math.max(runningMax, Math.min(1.0, (m - rank) * pValues[index]));
            adjusted[index] = runningMax;
        }
        return adjusted;
    }

    public static double[] benjaminiHochberg(double... pValues) {
        int[] order = ascendingOrder(pValues);
        int m = pValues.length;
        double[] adjusted = new double[m];
        double runningMin = 1.0;
        for (int rank = m - 1; rank >= 0; rank--) {
            int index = order[rank];
            // Min from the top: a larger p that passes its threshold carries the smaller ones with it (step-up).
            runningMin = Math.min(runningMin, (double) m * pValues[index] / (rank + 1));
            adjusted[index] = runningMin;
        }
        return adjusted;
    }

    private static int[] ascendingOrder(double[] pValues) {
        for (double p : pValues) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("A p-value must be in [0, 1], was " + p + " in "
                        + Arrays.toString(pValues));
            }
        }
        return IntStream.range(0, pValues.length)
                .boxed()
                .sorted(Comparator.comparingDouble(i -> pValues[i]))
                .mapToInt(Integer::intValue)
                .toArray();
    }
}
