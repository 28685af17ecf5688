package org.candour.sealing;

/**
 * A sealed ballot could not be opened: wrong key, wrong associated data, or altered bytes. These
 * causes are deliberately indistinguishable, and the message never carries key or ballot material.
 */
public class BallotOpeningException extends Exception {

    private static final long serialVersionUID = 1L;

    public BallotOpeningException() {
        super("the sealed ballot could not be opened with this key and associated data");
    }
}
