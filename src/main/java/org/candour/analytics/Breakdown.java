package org.candour.analytics;

import org.candour.analytics.statistics.AgreementSummary;
import org.candour.analytics.statistics.ConfidenceInterval;
import org.candour.analytics.statistics.ProportionSample;
import org.candour.analytics.statistics.WilsonInterval;

/**
 * Favourable / neutral / unfavourable answers of a group to an item or a theme, with the 0–100 score.
 * For one item these are the published counts and n is the number who answered on the scale. For a theme the
 * counts are the published counts of its items added up, score is the theme index (mean of item scores), and
 * n is the mean number of answers per item: each respondent counts once, so intervals are not made narrower
 * by asking several questions.
 */
public record Breakdown(int favourable, int neutral, int unfavourable, int n, double score) {

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
        return ProportionSample.of(successes, n);
    }

    public ConfidenceInterval favourableInterval() {
        return WilsonInterval.of(favourableSample());
    }
}
