package org.candour.fieldwork;

import java.util.UUID;

/**
 * Participation of one unit during fieldwork: spent codes rounded to 5, or "fewer than k" (then
 * roundedCount is null). Never exact small numbers, never events or times.
 */
public record UnitParticipation(UUID unitId, String unitName, Integer roundedCount, boolean fewerThanK,
                                int minCellSize) {
}
