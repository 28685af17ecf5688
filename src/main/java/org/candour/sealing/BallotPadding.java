package org.candour.sealing;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * Pads a ballot to a whole number of 1024-byte blocks: a 4-byte big-endian length, the plaintext,
 * then zeros. Without it, the ciphertext length would tell a database reader roughly how long
 * someone's comments were, which can single people out.
 */
final class BallotPadding {

    static final int BLOCK_BYTES = 1024;
    private static final int LENGTH_PREFIX_BYTES = Integer.BYTES;

    private BallotPadding() {
    }

    static byte[] pad(byte[] plaintext) {
        Objects.requireNonNull(plaintext, "plaintext");
        if (plaintext.length > Integer.MAX_VALUE - LENGTH_PREFIX_BYTES - BLOCK_BYTES) {
            throw new IllegalArgumentException("plaintext is too large to pad");
        }
        int unpadded = LENGTH_PREFIX_BYTES + plaintext.length;
        int blocks = (unpadded + BLOCK_BYTES - 1) / BLOCK_BYTES;
        byte[] padded = new byte[blocks * BLOCK_BYTES];
        ByteBuffer.wrap(padded).putInt(plaintext.length).put(plaintext);
        return padded;
    }

    /** The plaintext inside a padded block; IllegalArgumentException if it is not well formed. */
    static byte[] unpad(byte[] padded) {
        Objects.requireNonNull(padded, "padded");
        if (padded.length == 0 || padded.length % BLOCK_BYTES != 0) {
            throw new IllegalArgumentException("padded length is not a whole number of blocks");
        }
        ByteBuffer buffer = ByteBuffer.wrap(padded);
        int length = buffer.getInt();
        if (length < 0 || length > padded.length - LENGTH_PREFIX_BYTES) {
            throw new IllegalArgumentException("length prefix out of range");
        }
        for (int i = LENGTH_PREFIX_BYTES + length; i < padded.length; i++) {
            if (padded[i] != 0) {
                throw new IllegalArgumentException("padding is not all zeros");
            }
        }
        byte[] plaintext = new byte[length];
        buffer.get(plaintext);
        return plaintext;
    }
}
