package org.candour.sealing;

import java.util.Arrays;
import java.util.Objects;

/**
 * One custodian share as read by {@link KeyShares#parse}. {@code value} is the secret part; it is
 * copied in and out, and {@code toString()} leaves it out.
 */
public record ParsedShare(String waveId, int threshold, int shares, int index,
                          String publicKeyFingerprint, byte[] value) {

    public ParsedShare {
        Objects.requireNonNull(waveId, "waveId");
        Objects.requireNonNull(publicKeyFingerprint, "publicKeyFingerprint");
        value = Objects.requireNonNull(value, "value").clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParsedShare that
                && waveId.equals(that.waveId)
                && threshold == that.threshold
                && shares == that.shares
                && index == that.index
                && publicKeyFingerprint.equals(that.publicKeyFingerprint)
                && Arrays.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        // The secret value is left out of the hash on purpose.
        return Objects.hash(waveId, threshold, shares, index, publicKeyFingerprint);
    }

    @Override
    public String toString() {
        return "ParsedShare[waveId=" + waveId + ", " + threshold + "-of-" + shares + ", index=" + index
                + ", publicKeyFingerprint=" + publicKeyFingerprint + "]";
    }
}
