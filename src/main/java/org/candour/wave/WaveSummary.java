package org.candour.wave;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A wave as the staff screens list it. */
public record WaveSummary(UUID id, String name, WaveStatus status, int minCellSize, LocalDate closesOn,
                          Integer keyThreshold, int sharesOutstanding, List<String> custodians,
                          String settingsApprovedBy) {

    /** Fieldwork runs only once every custodian has collected their share. */
    public boolean acceptsResponses() {
        return status == WaveStatus.OPEN && sharesOutstanding == 0;
    }
}
