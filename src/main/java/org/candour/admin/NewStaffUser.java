package org.candour.admin;

import java.util.Set;

/** What it takes to create a staff account. The password is hashed before it is stored. */
public record NewStaffUser(String username, String displayName, String password, Affiliation affiliation,
                           Set<Role> roles) {

    /** Never print the password, should this record end up in a log or an error message. */
    @Override
    public String toString() {
        return "NewStaffUser[username=" + username + ", affiliation=" + affiliation + ", roles=" + roles + "]";
    }
}
