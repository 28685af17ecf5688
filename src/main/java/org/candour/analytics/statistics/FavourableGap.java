package org.candour.analytics.statistics;

import java.util.OptionalInt;

/**
 * The gap in % favourable between a group and its reference group (or between two waves) from published
 * figures: not computable as soon as either side is suppressed, banded or has no responses.
 */
public final class FavourableGap {

    private FavourableGap() {
    }

    /** group − reference without finite-population correction. */
    public static Computation<ProportionComparison> compare(
            Figure<AgreementSummary> group, Figure<AgreementSummary> reference) {
        return compare(group, OptionalInt.empty(), reference, OptionalInt.empty());
    }

    /** group − reference, each corrected for its headcount when that is known. */
    public static Computation<ProportionComparison> compare(
            Figure<AgreementSummary> group, OptionalInt groupHeadcount,
            Figure<AgreementSummary> reference, OptionalInt referenceHeadcount) {
        if (!(group instanceof Figure.Value<AgreementSummary> g)) {
            return Computation.notComputable(Computation.Reason.of(group));
        }
        if (!(reference instanceof Figure.Value<AgreementSummary> r)) {
            return Computation.notComputable(Computation.Reason.of(reference));
        }
        return Computation.computed(ProportionComparison.of(
                g.value().favourableSample(groupHeadcount), r.value().favourableSample(referenceHeadcount)));
    }
}
