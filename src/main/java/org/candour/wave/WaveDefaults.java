package org.candour.wave;

/** Defaults of a new wave, as fixed by the disclosure contract. */
public final class WaveDefaults {

    /** Minimum cell size k: results are never shown for fewer respondents. Locked when a wave opens. */
    public static final int MIN_CELL_SIZE = 10;

    /** k may be raised, never set below this. */
    public static final int LOWEST_ALLOWED_MIN_CELL_SIZE = 5;

    private WaveDefaults() {
    }
}
