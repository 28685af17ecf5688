package org.candour.fieldwork;

import java.util.Map;

/**
 * One respondent's answers as the survey screens collect them, keyed by stable codes: item code → option
 * code, profile dimension code → category code, text item code → comment. The nonce is random per survey
 * session and makes a retried submission recognisable.
 */
public record Submission(String code, byte[] nonce, Map<String, String> answers, Map<String, String> profile,
                         Map<String, String> comments) {

    /** Never print answers, comments or the code. */
    @Override
    public String toString() {
        return "Submission[" + answers.size() + " answers, " + profile.size() + " profile, "
                + comments.size() + " comments]";
    }
}
