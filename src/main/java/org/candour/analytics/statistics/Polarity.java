package org.candour.analytics.statistics;

/**
 * How an agreement item is worded. For a negatively worded item ("I have seen colleagues treated unfairly")
 * disagreeing is the better climate, so analytics turns the scale round: "favourable" and a high score always
 * mean better.
 */
public enum Polarity {
    POSITIVE,
    NEGATIVE
}
