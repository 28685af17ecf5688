package org.candour.admin;

/** A staff-account request that cannot be carried out; the message key explains why to the user. */
public class StaffAccountException extends RuntimeException {

    private final String messageKey;

    StaffAccountException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** Translation key of the explanation shown to the user. */
    public String messageKey() {
        return messageKey;
    }
}
