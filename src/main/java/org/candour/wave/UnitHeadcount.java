package org.candour.wave;

import java.util.UUID;

/**
 * A unit's headcount for one wave: the org unit's own headcount unless the administrator set another for
 * this wave (waveHeadcount). The effective value is fixed when the wave opens and is the denominator of the
 * unit's response rate.
 */
public record UnitHeadcount(UUID unitId, String unitCode, String unitName, UUID parentId, Integer orgHeadcount,
                            Integer waveHeadcount) {

    public Integer headcount() {
        return waveHeadcount != null ? waveHeadcount : orgHeadcount;
    }

    public boolean isOverridden() {
        return waveHeadcount != null && !waveHeadcount.equals(orgHeadcount);
    }
}
