package org.candour.analytics.statistics;

import java.util.OptionalInt;

/**
 * An agreement item's results in one cell with polarity applied: favourable / neutral / unfavourable counts of
 * the respondents who answered on the scale, and the 0–100 score (0/25/50/75/100 per option, averaged).
 * At least one answer on the scale: none is a {@link Figure.NoResponses}.
 */
public record AgreementSummary(int favourable, int neutral, int unfavourable, double score) {

    /** Option scores from strongly disagree to strongly agree, for a positively worded item. */
    private static final double[] OPTION_SCORES = {0, 25, 50, 75, 100};

    public AgreementSummary {
        if (favourable < 0 || neutral < 0 || unfavourable < 0 || favourable + neutral + unfavourable == 0) {
            throw new IllegalArgumentException("Need non-negative counts and at least one answer on the scale");
        }
        if (!(score >= 0 && score <= 100)) {
            throw new IllegalArgumentException("A score is 0–100, was " + score);
        }
    }

    /**
     * The summary of an item's published figure. Suppressed and banded figures stay what they are (no exact
     * percentage or score may be shown or guessed for them); counts with nobody on the scale (only "don't know")
     * become no responses.
     */
    public static Figure<AgreementSummary> of(Figure<AgreementCounts> published, Polarity polarity) {
        return switch (published) {
            case Figure.Value<AgreementCounts> value -> value.value().answeredOnScale() == 0
                    ? Figure.noResponses()
                    : Figure.value(of(value.value(), polarity));
            case Figure.Suppressed<AgreementCounts> s -> Figure.suppressed(s.k());
            case Figure.Banded<AgreementCounts> b -> Figure.banded(b.band());
            case Figure.NoResponses<AgreementCounts> n -> Figure.noResponses();
        };
    }

    /** The summary of exact counts; at least one answer on the scale. */
    public static AgreementSummary of(AgreementCounts counts, Polarity polarity) {
        int[] onScale = {
            counts.stronglyDisagree(), counts.disagree(), counts.neitherAgreeNorDisagree(),
            counts.agree(), counts.stronglyAgree()
        };
        if (polarity == Polarity.NEGATIVE) {
            reverse(onScale); // now from worst climate to best, like a positively worded item
        }
        double points = 0;
        int answered = 0;
        for (int option = 0; option < onScale.length; option++) {
            points += OPTION_SCORES[option] * onScale[option];
            answered += onScale[option];
        }
        if (answered == 0) {
            throw new IllegalArgumentException("No answers on the scale (only \"don't know\"): no responses");
        }
        return new AgreementSummary(onScale[3] + onScale[4], onScale[2], onScale[0] + onScale[1], points / answered);
    }

    private static void reverse(int[] values) {
        for (int i = 0, j = values.length - 1; i < j; i++, j--) {
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }

    /** n: respondents who answered on the scale ("don't know" excluded). */
    public int answered() {
        return favourable + neutral + unfavourable;
    }

    public double favourableShare() {
        return (double) favourable / answered();
    }

    public double neutralShare() {
        return (double) neutral / answered();
    }

    public double unfavourableShare() {
        return (double) unfavourable / answered();
    }

    /** Favourable out of answered, for intervals and tests. */
    public ProportionSample favourableSample() {
        return ProportionSample.of(favourable, answered());
    }

    /** Favourable out of answered, corrected for the cell's headcount when it is known. */
    public ProportionSample favourableSample(OptionalInt headcount) {
        return new ProportionSample(favourable, answered(), headcount);
    }
}
