package org.candour.admin;

import java.util.Set;
import java.util.UUID;

/**
 * A staff account as the administration screens see it (never the password hash). orgScopeId is the org
 * unit whose subtree an analyst sees; null means the whole force.
 */
public record StaffUser(UUID id, String username, String displayName, Affiliation affiliation,
                        Set<Role> roles, boolean enabled, int version, UUID orgScopeId) {
}
