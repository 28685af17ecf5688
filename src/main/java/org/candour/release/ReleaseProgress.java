package org.candour.release;

/**
 * Told how a release is getting on, for the custodians' progress bar. Called on the releasing thread; carries
 * counts only, never anything from a ballot.
 */
@FunctionalInterface
public interface ReleaseProgress {

    ReleaseProgress NONE = (stage, done, total) -> { };

    /** The steps of a release, in order. */
    enum Stage { OPENING, PROTECTING, VERIFYING, STORING }

    void update(Stage stage, int done, int total);
}
