package org.candour.fieldwork;

import java.util.UUID;

/**
 * Participation of one unit during fieldwork: spent codes rounded to 5, or "fewer than k" (then
 * roundedCount is null). Never exact small numbers, never events or times.
 */
public record UnitParticipation(UUID unitId, String unitName, Integer roundedCount, boolean fewerThanK,
                                int minCellSize, Integer headcount) {

    /** Response rate in whole percent, from the rounded count; null when suppressed or no headcount. */
    public Integer responseRatePercent() {
        if (roundedCount == null || headcount == null || headcount == 0) {
            return null;
        }
        return Math.min(100, Math.round(100f * roundedCount / headcount));
    }
}
