package org.candour.sealing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.hpke.HPKEContext;
import org.bouncycastle.crypto.hpke.HPKEContextWithEncapsulation;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;

/**
 * Seals ballots to the wave's public key with HPKE (RFC 9180) in base mode:
 * DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM, one message per fresh ephemeral key.
 *
 * <p>Thread-safe. Bouncy Castle's {@link HPKE} object is not: its KEM keeps one
 * {@code X25519Agreement} and its KDF one {@code HKDFBytesGenerator}, each initialised and then
 * used per call, so two threads sharing it could mix each other's keys. Hence a new HPKE per call.
 */
public final class BallotSealer {

    private static final byte[] INFO = "candour/ballot/v1".getBytes(StandardCharsets.US_ASCII);

    private BallotSealer() {
    }

    /**
     * Pads {@code plaintext} to a multiple of 1024 bytes and seals it. The associated data is
     * authenticated but not encrypted; the same bytes must be given to {@link #open}.
     */
    public static SealedBallot seal(byte[] publicKey, byte[] plaintext, byte[] associatedData) {
        WaveKeyPair.requireKeyLength(publicKey, "publicKey");
        Objects.requireNonNull(plaintext, "plaintext");
        Objects.requireNonNull(associatedData, "associatedData");
        byte[] padded = BallotPadding.pad(plaintext);
        try {
            HPKE hpke = newHpke();
            AsymmetricKeyParameter recipient = hpke.deserializePublicKey(publicKey);
            HPKEContextWithEncapsulation context = hpke.setupBaseS(recipient, INFO);
            byte[] ciphertext = context.seal(associatedData, padded);
            return new SealedBallot(context.getEncapsulation(), ciphertext);
        } catch (InvalidCipherTextException e) {
            // Encryption has no tag to check; reaching this means Bouncy Castle itself is broken.
            throw new IllegalStateException("sealing failed", e);
        } finally {
            Arrays.fill(padded, (byte) 0);
        }
    }

    /** The original plaintext of a ballot sealed by {@link #seal}. */
    public static byte[] open(byte[] privateKey, SealedBallot sealed, byte[] associatedData)
            throws BallotOpeningException {
        byte[] padded = openUnpadded(privateKey, INFO, sealed, associatedData);
        try {
            return BallotPadding.unpad(padded);
        } catch (IllegalArgumentException e) {
            // Only someone holding the public key could have sealed a badly padded ballot.
            throw new BallotOpeningException();
        } finally {
            Arrays.fill(padded, (byte) 0);
        }
    }

    /** HPKE single-shot open without the padding layer; separate so that RFC 9180 test vectors can check it. */
    static byte[] openUnpadded(byte[] privateKey, byte[] info, SealedBallot sealed, byte[] associatedData)
            throws BallotOpeningException {
        WaveKeyPair.requireKeyLength(privateKey, "privateKey");
        Objects.requireNonNull(sealed, "sealed");
        Objects.requireNonNull(associatedData, "associatedData");
        try {
            HPKE hpke = newHpke();
            AsymmetricCipherKeyPair recipient = hpke.deserializePrivateKey(privateKey, null);
            HPKEContext context = hpke.setupBaseR(sealed.encapsulatedKey(), recipient, info);
            return context.open(associatedData, sealed.ciphertext());
        } catch (InvalidCipherTextException | IllegalArgumentException | IllegalStateException e) {
            // Bad tag, malformed or low-order encapsulated key: all just "cannot open". No cause
            // attached, so nothing from deep inside the cipher can reach a log.
            throw new BallotOpeningException();
        }
    }

    static HPKE newHpke() {
        return new HPKE(HPKE.mode_base, HPKE.kem_X25519_SHA256, HPKE.kdf_HKDF_SHA256, HPKE.aead_AES_GCM256);
    }
}
