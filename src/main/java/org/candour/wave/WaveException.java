package org.candour.wave;

/** A wave operation that is not allowed now; the message key explains why to the user. */
public class WaveException extends RuntimeException {

    private final String messageKey;

    WaveException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
