package org.candour.release;

/** What a release did: how many ballots it published from, and how many could not be read. */
public record ReleaseSummary(int respondents, int unreadableBallots) {
}
