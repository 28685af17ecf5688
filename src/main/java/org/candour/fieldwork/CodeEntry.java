package org.candour.fieldwork;

import java.util.UUID;

/**
 * The result of entering a code. On ACCEPTED it carries what the survey needs: the canonical code (kept
 * in the respondent's memory-only session until submit), the wave, its questionnaire and k.
 */
public record CodeEntry(Status status, String canonicalCode, UUID waveId, UUID questionnaireId, int minCellSize) {

    public enum Status {
        ACCEPTED,
        WRONG_LENGTH,
        INVALID_CHARACTER,
        WRONG_CHECK_CHARACTER,
        UNKNOWN,
        ALREADY_USED,
        NOT_OPEN,
        CLOSED,
        RATE_LIMITED
    }

    static CodeEntry refused(Status status) {
        return new CodeEntry(status, null, null, null, 0);
    }

    @Override
    public String toString() {
        return "CodeEntry[" + status + "]";
    }
}
