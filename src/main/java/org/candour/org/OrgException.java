package org.candour.org;

import org.candour.base.UserFacingException;

/**
 * An org edit that is not allowed; the message key (with its values) explains why. field names the form
 * field the explanation belongs next to, or is null when it concerns the whole unit.
 */
public class OrgException extends UserFacingException {

    /** The form fields an explanation can belong to. */
    public enum Field { NAME, CODE, HEADCOUNT, PARENT }

    private final Field field;
    private final String[] values;

    OrgException(Field field, String messageKey, String... values) {
        super(messageKey);
        this.field = field;
        this.values = values.clone();
    }

    /** The field the explanation belongs to; null for the unit as a whole. */
    public Field field() {
        return field;
    }

    /** The values the message mentions (a code, a wave's name), in order. */
    public Object[] values() {
        return values.clone();
    }
}
