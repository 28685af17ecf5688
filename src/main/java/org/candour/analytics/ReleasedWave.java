package org.candour.analytics;

import java.time.LocalDate;
import java.util.UUID;

/** A wave whose protected release is stored; k is the wave's minimum cell size, shown with suppressed figures. */
public record ReleasedWave(UUID id, String name, LocalDate releasedOn, int minCellSize, int respondents) {
}
