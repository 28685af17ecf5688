package org.candour.release;

/**
 * What a release did: how many ballots it published from, how many could not be read, how long the disclosure
 * control took, and how far its protection was proven beyond the engine's exact proof of every listed target
 * (see {@code published.wave_release}).
 */
public record ReleaseSummary(int respondents, int unreadableBallots, long disclosureMillis,
        boolean exhaustivelyChecked, boolean familiesChecked, boolean independentlyVerified) {

    /** Equality ignores timing, so that tests can compare outcomes. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ReleaseSummary that && respondents == that.respondents
                && unreadableBallots == that.unreadableBallots && exhaustivelyChecked == that.exhaustivelyChecked
                && familiesChecked == that.familiesChecked && independentlyVerified == that.independentlyVerified;
    }

    @Override
    public int hashCode() {
        return 31 * respondents + unreadableBallots;
    }
}
