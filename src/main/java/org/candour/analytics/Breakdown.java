package org.candour.analytics;

import org.candour.analytics.statistics.AgreementSummary;
import org.candour.analytics.statistics.ConfidenceInterval;
import org.candour.analytics.statistics.ProportionSample;
import org.candour.analytics.statistics.WilsonInterval;

import java.util.OptionalInt;

/**
 * Favourable / neutral / unfavourable answers of a group to an item or a theme, with the 0–100 score.
 * For one item these are the published counts and n is the number who answered on the scale. For a theme the
 * counts are the published counts of its items added up, score is the theme index (mean of item scores), and
 * n is the mean number of answers per item: each respondent counts once, so intervals are not made narrower
 * by asking several questions.
 */
public record Breakdown(int favourable, int neutral, int unfavourable, int n, double score, OptionalInt headcount) {

    /** A group whose headcount is unknown (every breakdown by profile: only units have one). */
    public Breakdown(int favourable, int neutral, int unfavourable, int n, double score) {
        this(favourable, neutral, unfavourable, n, score, OptionalInt.empty());
    }

    /**
     * The same figures for a whole unit, whose headcount for the wave was stored with the release: its intervals
     * and tests then carry the finite-population correction (analytics.md). Ignored when it is below n (a
     * headcount that was not kept up to date), since it cannot then be the population the answers came from.
     */
    Breakdown withHeadcount(OptionalInt unitHeadcount) {
        boolean usable = unitHeadcount.isPresent() && unitHeadcount.getAsInt() >= n;
        return new Breakdown(favourable, neutral, unfavourable, n, score,
                usable ? unitHeadcount : OptionalInt.empty());
    }

    static Breakdown of(AgreementSummary item) {
        return new Breakdown(item.favourable(), item.neutral(), item.unfavourable(), item.answered(), item.score());
    }

    public int answers() {
        return favourable + neutral + unfavourable;
    }

    public double favourableShare() {
        return (double) favourable / answers();
    }

    public double neutralShare() {
        return (double) neutral / answers();
    }

    public double unfavourableShare() {
        return (double) unfavourable / answers();
    }

    /** % favourable as a sample of n (for a theme, the pooled share applied to the mean answers per item). */
    public ProportionSample favourableSample() {
        int successes = answers() == n ? favourable : (int) Math.round(favourableShare() * n);
        return headcount.isPresent() ? ProportionSample.ofHeadcount(successes, n, headcount.getAsInt())
                : ProportionSample.of(successes, n);
    }

    public ConfidenceInterval favourableInterval() {
        return WilsonInterval.of(favourableSample());
    }
}
