package org.candour.admin;

/** Whom a staff member acts for: the force, or a staff association. */
public enum Affiliation {
    FORCE,
    ASSOCIATION
}
