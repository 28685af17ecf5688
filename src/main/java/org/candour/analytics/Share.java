package org.candour.analytics;

import org.candour.analytics.statistics.ConfidenceInterval;
import org.candour.analytics.statistics.WilsonInterval;

/** x of n (for example: experienced at least once, or reported), from published option counts; n ≥ 1. */
public record Share(int successes, int n) {

    public double estimate() {
        return (double) successes / n;
    }

    public ConfidenceInterval interval() {
        return WilsonInterval.of(successes, n);
    }
}
