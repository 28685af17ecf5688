package org.candour.sealing;

import java.util.Arrays;
import java.util.Objects;

/**
 * A ballot sealed with HPKE: the sender's encapsulated ephemeral key and the AEAD ciphertext
 * (padded plaintext plus 16-byte tag). Neither reveals anything without the wave's private key.
 * Arrays are copied in and out, so a record can't be changed after it was made.
 */
public record SealedBallot(byte[] encapsulatedKey, byte[] ciphertext) {

    public SealedBallot {
        encapsulatedKey = Objects.requireNonNull(encapsulatedKey, "encapsulatedKey").clone();
        ciphertext = Objects.requireNonNull(ciphertext, "ciphertext").clone();
    }

    @Override
    public byte[] encapsulatedKey() {
        return encapsulatedKey.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedBallot that
                && Arrays.equals(encapsulatedKey, that.encapsulatedKey)
                && Arrays.equals(ciphertext, that.ciphertext);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(encapsulatedKey) + Arrays.hashCode(ciphertext);
    }

    @Override
    public String toString() {
        return "SealedBallot[encapsulatedKey=" + encapsulatedKey.length + " bytes, ciphertext="
                + ciphertext.length + " bytes]";
    }
}
