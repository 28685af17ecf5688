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
        Objects.requireNonNull(value, "value");
        if (threshold < KeyShares.MIN_SHARES || threshold > shares || shares > KeyShares.MAX_SHARES
                || index < 1 || index > shares) {
            throw new IllegalArgumentException("need 2 <= threshold <= shares <= 10 and 1 <= index <= shares");
        }
        if (value.length != WaveKeyPair.KEY_BYTES) {
            throw new IllegalArgumentException("a share value has " + WaveKeyPair.KEY_BYTES + " bytes");
        }
        value = value.clone();
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
