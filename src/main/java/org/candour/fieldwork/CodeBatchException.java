package org.candour.fieldwork;

/** A code batch request that cannot be carried out; the message key explains why. */
public class CodeBatchException extends RuntimeException {

    private final String messageKey;

    CodeBatchException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
