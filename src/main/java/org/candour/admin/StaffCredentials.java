package org.candour.admin;

import java.util.Set;

/** What sign-in needs to check a password. Package-private use only: it carries the hash. */
record StaffCredentials(String username, String passwordHash, boolean enabled, Set<Role> roles,
                        java.time.OffsetDateTime lockedUntil, Affiliation affiliation) {

    boolean isLocked(java.time.OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
