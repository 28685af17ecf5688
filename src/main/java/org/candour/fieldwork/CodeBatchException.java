package org.candour.fieldwork;

import org.candour.base.UserFacingException;

/** A code batch request that cannot be carried out; the message key explains why. */
public class CodeBatchException extends UserFacingException {

    CodeBatchException(String messageKey) {
        super(messageKey);
    }
}
