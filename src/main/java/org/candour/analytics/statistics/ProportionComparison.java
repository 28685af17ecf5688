package org.candour.analytics.statistics;

import java.util.Objects;

/**
 * A group's proportion against a reference (another group, all other respondents, or an earlier wave):
 * the gap, its Newcombe hybrid score interval, the pooled z test and Cohen's h, all for group − reference.
 * The two are treated as independent samples.
 */
public record ProportionComparison(
        ProportionSample group,
        ProportionSample reference,
        double difference,
        ConfidenceInterval interval,
        TwoProportionZTest test,
        double cohensH) {

    public ProportionComparison {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(test, "test");
    }

    public static ProportionComparison of(ProportionSample group, ProportionSample reference) {
        return new ProportionComparison(
                group,
                reference,
                group.estimate() - reference.estimate(),
                NewcombeDifferenceInterval.of(group, reference),
                TwoProportionZTest.of(group, reference),
                CohensH.of(group.estimate(), reference.estimate()));
    }

    /** The unadjusted two-sided p-value; a family of comparisons is adjusted by {@link SignificantDifferenceRule}. */
    public double pValue() {
        return test.pValue();
    }
}
