package org.candour.sealing;

import java.util.Objects;

/** A custodian share could not be read or used. The message names the reason only, never share material. */
public class ShareException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Not a share text of this format and version. */
        MALFORMED,
        /** The text was changed or cut short since it was issued (typo, truncated paste). */
        CHECKSUM_MISMATCH,
        /** The share belongs to another wave or another wave key. */
        WRONG_WAVE,
        /** The same share was given twice. */
        DUPLICATE,
        /** The shares disagree about how many are needed or were issued. */
        INCONSISTENT,
        /** Fewer shares than the threshold. */
        TOO_FEW,
        /** The rebuilt key is not the wave's key: a share was altered. */
        DOES_NOT_MATCH_KEY
    }

    private final Reason reason;

    public ShareException(Reason reason) {
        super(describe(Objects.requireNonNull(reason, "reason")));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    private static String describe(Reason reason) {
        return switch (reason) {
            case MALFORMED -> "the text is not a Candour custodian share";
            case CHECKSUM_MISMATCH -> "the share text was changed or cut short: its checksum does not match";
            case WRONG_WAVE -> "the share belongs to another wave or wave key";
            case DUPLICATE -> "the same share was given more than once";
            case INCONSISTENT -> "the shares disagree about how many shares there are";
            case TOO_FEW -> "fewer shares than needed";
            case DOES_NOT_MATCH_KEY -> "the shares do not rebuild the wave's key: one of them was altered";
        };
    }
}
