/**
 * Statistics for Candour's analytics views: proportions with Wilson intervals, differences with Newcombe's
 * hybrid score interval, the two-proportion test, Cohen's h, Holm and Benjamini–Hochberg adjustment, the
 * "significant difference" rule, minimum detectable change, and agreement-item scores and theme indices.
 *
 * <p>Everything here works on published figures only (disclosure.md rule 6). A published figure is a
 * {@link org.candour.analytics.statistics.Figure}: a value, suppressed, banded or "no responses". Statistics
 * built from anything but a value are {@link org.candour.analytics.statistics.Computation.NotComputable}
 * rather than guessed.
 *
 * <p>Pure Java: no framework types, no I/O.
 */
package org.candour.analytics.statistics;
