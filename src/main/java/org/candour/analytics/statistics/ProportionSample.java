package org.candour.analytics.statistics;

import java.util.OptionalInt;

/**
 * x of n answered "yes" (for example favourably), optionally out of a known headcount N. With N known the
 * finite-population correction applies: the respondents are a large share of everyone who could answer.
 *
 * @param successes x, 0 ≤ x ≤ n
 * @param size n, at least 1 (no responses is a {@link Figure.NoResponses}, not a sample)
 * @param headcount N ≥ n when known
 */
public record ProportionSample(int successes, int size, OptionalInt headcount) {

    public ProportionSample {
        if (size < 1) {
            throw new IllegalArgumentException("A proportion needs at least one response, n was " + size);
        }
        if (successes < 0 || successes > size) {
            throw new IllegalArgumentException("Need 0 ≤ x ≤ n, got x=" + successes + ", n=" + size);
        }
        if (headcount == null) {
            throw new IllegalArgumentException("headcount must be OptionalInt.empty() when unknown, not null");
        }
        if (headcount.isPresent() && headcount.getAsInt() < size) {
            throw new IllegalArgumentException(
                    "Headcount " + headcount.getAsInt() + " is smaller than the " + size + " responses");
        }
    }

    /** A sample from a population too large or unknown for a finite-population correction. */
    public static ProportionSample of(int successes, int size) {
        return new ProportionSample(successes, size, OptionalInt.empty());
    }

    /** A sample of n out of a known headcount N. */
    public static ProportionSample ofHeadcount(int successes, int size, int headcount) {
        return new ProportionSample(successes, size, OptionalInt.of(headcount));
    }

    public double estimate() {
        return (double) successes / size;
    }

    /**
     * The variance factor f = (N − n) / (N − 1) of simple random sampling without replacement: the variance of a
     * sample proportion is V(p) = (PQ / n) · (N − n) / (N − 1) (Cochran, Sampling Techniques, 3rd ed. 1977,
     * chapter 3), so the standard error is scaled by √f. 1 when N is unknown; 0 when everyone answered.
     */
    public double finitePopulationFactor() {
        if (headcount.isEmpty()) {
            return 1.0;
        }
        int population = headcount.getAsInt();
        if (population == size) {
            return 0.0; // a census: no sampling error (also avoids 0/0 when N = n = 1)
        }
        return (double) (population - size) / (population - 1);
    }
}
