package org.candour.disclosure;

/** How one item is shown in one published cell. */
public enum ItemStatus {
    /** Exact option counts are published (all zero means "No responses" for this item). */
    PUBLISHED,
    /** Shown as "Fewer than k responses"; primary and secondary suppression look the same on purpose. */
    SUPPRESSED,
    /** Shown only as a band (rule 3); the exact counts stay hidden. */
    BANDED
}
