package org.candour.wave;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A wave as the staff screens list it. version changes with every change of the wave's settings: an editor
 * passes back the version it showed, so that a concurrent change is detected instead of overwritten.
 */
public record WaveSummary(UUID id, String name, WaveStatus status, int minCellSize, LocalDate closesOn,
                          Integer keyThreshold, int sharesOutstanding, List<String> custodians,
                          String settingsApprovedBy, LocalDate opensOn, String questionnaireCode,
                          String questionnaireName, int version) {

    /** Fieldwork runs only once every custodian has collected their share. */
    public boolean acceptsResponses() {
        return status == WaveStatus.OPEN && sharesOutstanding == 0;
    }

    /** Settings (questionnaire, dates, k, breakdowns, custodians, headcounts) change only while a draft. */
    public boolean isDraft() {
        return status == WaveStatus.DRAFT;
    }
}
