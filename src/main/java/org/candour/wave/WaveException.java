package org.candour.wave;

import org.candour.base.UserFacingException;

/** A wave operation that is not allowed now; the message key explains why to the user. */
public class WaveException extends UserFacingException {

    WaveException(String messageKey) {
        super(messageKey);
    }
}
