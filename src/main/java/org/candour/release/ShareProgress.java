package org.candour.release;

/** How many distinct custodian shares have been presented for a wave, and how many are needed. */
public record ShareProgress(int presented, int needed) {

    public boolean complete() {
        return presented >= needed;
    }
}
