package org.candour.questionnaire;

import org.candour.base.UserFacingException;

/** An item-bank change that cannot be made; the message key says why. */
public class ItemBankException extends UserFacingException {

    ItemBankException(String messageKey) {
        super(messageKey);
    }
}
