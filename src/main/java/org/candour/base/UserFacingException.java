package org.candour.base;

/**
 * A request a user made that cannot be carried out, with the translation key of the explanation to show
 * them next to the field or action concerned. Never carries user input or secrets.
 */
public abstract class UserFacingException extends RuntimeException {

    private final String messageKey;

    protected UserFacingException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** Translation key of the explanation shown to the user. */
    public String messageKey() {
        return messageKey;
    }
}
