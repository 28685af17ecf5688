package org.candour.wave;

import java.time.LocalDate;
import java.util.UUID;

/** What the respondent path needs to know about a wave: whether it is open, its k and its public key. */
public record FieldworkWave(UUID id, WaveStatus status, int minCellSize, LocalDate opensOn, LocalDate closesOn,
                            int sharesOutstanding, UUID questionnaireId, byte[] publicKey) {

    public boolean isClosed(LocalDate today) {
        return status == WaveStatus.CLOSED || status == WaveStatus.RELEASED
                || (closesOn != null && today.isAfter(closesOn));
    }

    /** Open, every share collected, and between its opening and closing dates (an opened wave waits for the first). */
    public boolean acceptsResponses(LocalDate today) {
        return status == WaveStatus.OPEN && sharesOutstanding == 0 && !isClosed(today) && publicKey != null
                && (opensOn == null || !today.isBefore(opensOn));
    }
}
