package org.candour.disclosure;

/** Whether a cell's respondent count (and so any of its item figures) is published. */
public enum CellStatus {
    PUBLISHED,
    /** Shown as "Fewer than k responses" whatever the real reason (primary or secondary): the reason would leak. */
    SUPPRESSED
}
