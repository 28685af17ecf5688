package org.candour.admin;

import java.util.Set;
import java.util.UUID;

/** A staff account as the administration screens see it (never the password hash). */
public record StaffUser(UUID id, String username, String displayName, Affiliation affiliation,
                        Set<Role> roles, boolean enabled, int version) {
}
