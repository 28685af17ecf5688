package org.candour.analytics.statistics;

/** A confidence interval on the proportion scale (0–1, or −1–1 for a difference). */
public record ConfidenceInterval(double lower, double upper) {

    public ConfidenceInterval {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException("Not an interval: [" + lower + ", " + upper + "]");
        }
    }

    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }
}
