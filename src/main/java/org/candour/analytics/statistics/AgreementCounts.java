package org.candour.analytics.statistics;

/**
 * The published answer counts of one 5-point agreement item in one cell, as worded (before polarity).
 * "Don't know" is counted but excluded from every percentage and score.
 */
public record AgreementCounts(
        int stronglyDisagree,
        int disagree,
        int neitherAgreeNorDisagree,
        int agree,
        int stronglyAgree,
        int dontKnow) {

    public AgreementCounts {
        if (stronglyDisagree < 0 || disagree < 0 || neitherAgreeNorDisagree < 0 || agree < 0 || stronglyAgree < 0
                || dontKnow < 0) {
            throw new IllegalArgumentException("Answer counts cannot be negative: " + this);
        }
    }

    /** Respondents who gave a position on the scale ("don't know" excluded): the n of percentages and scores. */
    public int answeredOnScale() {
        return stronglyDisagree + disagree + neitherAgreeNorDisagree + agree + stronglyAgree;
    }

    /**
     * These counts less a part of them, for "all other respondents" as reference group: a published total
     * minus a published group is itself derivable from published figures, so using it is allowed (rule 6).
     */
    public AgreementCounts minus(AgreementCounts part) {
        return new AgreementCounts(
                stronglyDisagree - part.stronglyDisagree,
                disagree - part.disagree,
                neitherAgreeNorDisagree - part.neitherAgreeNorDisagree,
                agree - part.agree,
                stronglyAgree - part.stronglyAgree,
                dontKnow - part.dontKnow);
    }
}
