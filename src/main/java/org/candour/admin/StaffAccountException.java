package org.candour.admin;

import org.candour.base.UserFacingException;

/** A staff-account request that cannot be carried out; the message key explains why to the user. */
public class StaffAccountException extends UserFacingException {

    StaffAccountException(String messageKey) {
        super(messageKey);
    }
}
