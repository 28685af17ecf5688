package org.candour.disclosure;

/**
 * The band shown instead of exact counts for a homogeneous cell-item (rule 3). With at least k answers, "all or
 * all but one" means 90% or more.
 */
public record Band(Kind kind, int option) {

    public enum Kind {
        /** "90% or more favourable" (so 10% or less unfavourable). */
        MOSTLY_FAVOURABLE,
        /** "90% or more unfavourable" (so 10% or less favourable). */
        MOSTLY_UNFAVOURABLE,
        /** "90% or more chose {@link #option()}" for a nominal item. */
        MOSTLY_ONE_OPTION
    }

    public static Band favourable() {
        return new Band(Kind.MOSTLY_FAVOURABLE, -1);
    }

    public static Band unfavourable() {
        return new Band(Kind.MOSTLY_UNFAVOURABLE, -1);
    }

    public static Band option(int option) {
        return new Band(Kind.MOSTLY_ONE_OPTION, option);
    }
}
