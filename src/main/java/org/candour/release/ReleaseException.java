package org.candour.release;

import org.candour.base.UserFacingException;

/** A release step that cannot go ahead; nothing was changed. The count, where given, goes in the message. */
public class ReleaseException extends UserFacingException {

    private final int count;

    ReleaseException(String messageKey) {
        this(messageKey, 0);
    }

    ReleaseException(String messageKey, int count) {
        super(messageKey);
        this.count = count;
    }

    public int count() {
        return count;
    }
}
