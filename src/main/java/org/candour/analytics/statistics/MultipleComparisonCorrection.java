package org.candour.analytics.statistics;

/**
 * Which correction a view applies to its family of tests (analytics.md): Holm within one comparison screen,
 * where every single flag should be trustworthy; Benjamini–Hochberg across a heatmap, where many cells are
 * tested and a small share of false flags is the accepted price for not missing real gaps.
 */
public enum MultipleComparisonCorrection {
    HOLM {
        @Override
        public double[] adjust(double... pValues) {
            return PValueAdjustment.holm(pValues);
        }
    },
    BENJAMINI_HOCHBERG {
        @Override
        public double[] adjust(double... pValues) {
            return PValueAdjustment.benjaminiHochberg(pValues);
        }
    };

    /** Adjusted p-values in the order given. */
    public abstract double[] adjust(double... pValues);
}
