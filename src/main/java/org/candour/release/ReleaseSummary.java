package org.candour.release;

/**
 * What a release did: how many ballots it published from, how many could not be read, and how long the
 * disclosure control (engine and independent check) took, for the benchmark and the custodians' screen.
 */
public record ReleaseSummary(int respondents, int unreadableBallots, long disclosureMillis) {

    /** Equality ignores timing, so that tests can compare outcomes. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ReleaseSummary that && respondents == that.respondents
                && unreadableBallots == that.unreadableBallots;
    }

    @Override
    public int hashCode() {
        return 31 * respondents + unreadableBallots;
    }
}
