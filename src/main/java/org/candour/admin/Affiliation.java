package org.candour.admin;

/** Whom a staff member acts for: the force, or a staff association. */
public enum Affiliation {
    FORCE,
    ASSOCIATION;

    /** The authority a signed-in staff member holds for their affiliation, e.g. AFFILIATION_ASSOCIATION. */
    public String authority() {
        return "AFFILIATION_" + name();
    }
}
