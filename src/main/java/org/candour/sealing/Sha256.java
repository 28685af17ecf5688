package org.candour.sealing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 over concatenated parts. A fresh MessageDigest per call, because instances are not thread-safe. */
final class Sha256 {

    private Sha256() {
    }

    static byte[] digest(byte[]... parts) {
        MessageDigest digest = newDigest();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java SE platform must provide SHA-256.
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
