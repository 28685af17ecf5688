package org.candour.sealing;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;

/**
 * The X25519 key pair of one survey wave. The public key is stored with the wave; the private key
 * exists only while it is split into custodian shares at opening and while it is rebuilt at release.
 */
public final class WaveKeyPair {

    static final int KEY_BYTES = X25519PrivateKeyParameters.KEY_SIZE;
    private static final int FINGERPRINT_HEX_CHARS = 16;

    private final byte[] publicKey;
    private final byte[] privateKey;
    private boolean destroyed;

    private WaveKeyPair(byte[] publicKey, byte[] privateKey) {
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    public static WaveKeyPair generate() {
        X25519PrivateKeyParameters key = new X25519PrivateKeyParameters(new SecureRandom());
        return new WaveKeyPair(key.generatePublicKey().getEncoded(), key.getEncoded());
    }

    /** The raw 32-byte X25519 public key. */
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /**
     * The raw 32-byte X25519 private key, as a copy the caller should wipe with {@code Arrays.fill}
     * once it has been split into shares.
     */
    public synchronized byte[] privateKey() {
        if (destroyed) {
            throw new IllegalStateException("the private key has been destroyed");
        }
        return privateKey.clone();
    }

    /**
     * Overwrites this object's copy of the private key. Java cannot guarantee erasure (the garbage
     * collector may have copied the array, and copies handed out are the caller's), so this only
     * shortens the time the key lies around in memory.
     */
    public synchronized void destroy() {
        Arrays.fill(privateKey, (byte) 0);
        destroyed = true;
    }

    /** The public key belonging to a private key, e.g. to check a key rebuilt from shares. */
    public static byte[] publicKeyOf(byte[] privateKey) {
        requireKeyLength(privateKey, "privateKey");
        return new X25519PrivateKeyParameters(privateKey).generatePublicKey().getEncoded();
    }

    /** First 16 hex characters of SHA-256 over the raw public key: for people, and to bind shares to a key. */
    public static String fingerprint(byte[] publicKey) {
        requireKeyLength(publicKey, "publicKey");
        return HexFormat.of().formatHex(Sha256.digest(publicKey)).substring(0, FINGERPRINT_HEX_CHARS);
    }

    @Override
    public String toString() {
        return "WaveKeyPair[fingerprint=" + fingerprint(publicKey) + "]";
    }

    static void requireKeyLength(byte[] key, String name) {
        Objects.requireNonNull(key, name);
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException(name + " must have " + KEY_BYTES + " bytes");
        }
    }
}
