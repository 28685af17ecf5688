package org.candour.admin;

/** Staff roles. A person may hold several. Spring Security sees them as ROLE_ADMIN and so on. */
public enum Role {
    ADMIN,
    CUSTODIAN,
    ANALYST;

    /** Role names for access annotations, which need compile-time constants. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String CUSTODIAN = "CUSTODIAN";
        public static final String ANALYST = "ANALYST";

        private Names() {
        }
    }
}
