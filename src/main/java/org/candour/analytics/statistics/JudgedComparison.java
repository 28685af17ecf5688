package org.candour.analytics.statistics;

import java.util.Objects;

/**
 * A comparison with its p-value adjusted within its family and the verdict of the significant-difference rule.
 *
 * @param flagged whether the view marks the gap as a significant difference
 */
public record JudgedComparison(ProportionComparison comparison, double adjustedPValue, boolean flagged) {

    public JudgedComparison {
        Objects.requireNonNull(comparison, "comparison");
    }
}
