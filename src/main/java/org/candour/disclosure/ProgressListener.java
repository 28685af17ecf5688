package org.candour.disclosure;

/** Told how many of the engine's levels (the counts, then one per item) are protected so far. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> { };

    void levelsDone(int done, int total);
}
