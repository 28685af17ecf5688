package org.candour.admin;

import java.util.Set;
import java.util.UUID;

/**
 * What it takes to create a staff account. The password is hashed before it is stored. orgScopeId limits
 * an analyst to one org subtree; null means the whole force.
 */
public record NewStaffUser(String username, String displayName, String password, Affiliation affiliation,
                           Set<Role> roles, UUID orgScopeId) {

    /** An account that sees the whole force. */
    public NewStaffUser(String username, String displayName, String password, Affiliation affiliation,
                        Set<Role> roles) {
        this(username, displayName, password, affiliation, roles, null);
    }

    /** Never print the password, should this record end up in a log or an error message. */
    @Override
    public String toString() {
        return "NewStaffUser[username=" + username + ", affiliation=" + affiliation + ", roles=" + roles
                + ", orgScopeId=" + orgScopeId + "]";
    }
}
