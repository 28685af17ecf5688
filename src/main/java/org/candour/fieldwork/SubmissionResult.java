package org.candour.fieldwork;

/** The outcome of a submission; each has its own message for the respondent. */
public enum SubmissionResult {
    /** Sealed and stored; the code is spent. */
    RECORDED,
    /** This same submission was recorded before (a retry after a lost acknowledgement). */
    ALREADY_RECORDED,
    /** The code was used for another submission. */
    CODE_ALREADY_USED,
    UNKNOWN_CODE,
    /** The wave has closed (or its end date has passed). */
    WAVE_CLOSED,
    /** The wave has not started accepting answers yet. */
    NOT_OPEN,
    /** Answers that do not belong to the questionnaire (a manipulated request). Nothing stored. */
    INVALID_ANSWERS,
    /** A comment longer than the limit. Nothing stored. */
    COMMENT_TOO_LONG
}
