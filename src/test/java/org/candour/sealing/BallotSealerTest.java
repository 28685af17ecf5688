package org.candour.sealing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.hpke.HPKEContextWithEncapsulation;
import org.junit.jupiter.api.Test;

class BallotSealerTest {

    private static final WaveKeyPair WAVE = WaveKeyPair.generate();
    private static final byte[] AAD = "wave-7f3c/ballot".getBytes(UTF_8);
    private static final int TAG_BYTES = 16;

    @Test
    void emptySmallAndLongUnicodeBallotsComeBackUnchanged() throws Exception {
        String longComment = longUnicodeComment();
        assertThat(longComment.codePointCount(0, longComment.length())).isEqualTo(4_000);
        for (String plaintext : new String[] {"", "{\"q1\":4}", longComment}) {
            byte[] bytes = plaintext.getBytes(UTF_8);
            SealedBallot sealed = BallotSealer.seal(WAVE.publicKey(), bytes, AAD);
            assertThat(new String(BallotSealer.open(WAVE.privateKey(), sealed, AAD), UTF_8)).isEqualTo(plaintext);
        }
    }

    @Test
    void ciphertextLengthRevealsOnlyTheNumberOf1024ByteBlocks() {
        assertThat(sealedLength(0)).isEqualTo(1024 + TAG_BYTES);
        assertThat(sealedLength(1)).isEqualTo(1024 + TAG_BYTES);
        assertThat(sealedLength(1020)).isEqualTo(1024 + TAG_BYTES); // 4-byte length prefix + 1020
        assertThat(sealedLength(1021)).isEqualTo(2 * 1024 + TAG_BYTES);
        assertThat(sealedLength(5000)).isEqualTo(5 * 1024 + TAG_BYTES);
        int longCommentBytes = longUnicodeComment().getBytes(UTF_8).length;
        int paddedBytes = sealedLength(longCommentBytes) - TAG_BYTES;
        assertThat(paddedBytes % 1024).isZero();
        assertThat(paddedBytes).isBetween(longCommentBytes + 4, longCommentBytes + 4 + 1023);
    }

    @Test
    void encapsulatedKeyIsARawX25519Key() {
        assertThat(BallotSealer.seal(WAVE.publicKey(), new byte[10], AAD).encapsulatedKey()).hasSize(32);
    }

    @Test
    void sealingTheSameBallotTwiceGivesUnrelatedOutput() {
        byte[] plaintext = "same answers".getBytes(UTF_8);
        SealedBallot first = BallotSealer.seal(WAVE.publicKey(), plaintext, AAD);
        SealedBallot second = BallotSealer.seal(WAVE.publicKey(), plaintext, AAD);
        assertThat(first.encapsulatedKey()).isNotEqualTo(second.encapsulatedKey());
        assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
    }

    @Test
    void changingAnyCiphertextByteMakesTheBallotUnopenable() {
        SealedBallot sealed = BallotSealer.seal(WAVE.publicKey(), "answers".getBytes(UTF_8), AAD);
        byte[] privateKey = WAVE.privateKey();
        byte[] ciphertext = sealed.ciphertext();
        for (int i = 0; i < ciphertext.length; i++) {
            byte[] tampered = ciphertext.clone();
            tampered[i] ^= 0x01;
            assertUnopenable(privateKey, new SealedBallot(sealed.encapsulatedKey(), tampered), AAD);
        }
    }

    @Test
    void changingAnyBitOfTheEncapsulatedKeyMakesTheBallotUnopenable() {
        SealedBallot sealed = BallotSealer.seal(WAVE.publicKey(), "answers".getBytes(UTF_8), AAD);
        byte[] privateKey = WAVE.privateKey();
        byte[] encapsulatedKey = sealed.encapsulatedKey();
        // Includes the top bit of the last byte, which X25519 itself ignores: HPKE binds the exact bytes.
        for (int bit = 0; bit < encapsulatedKey.length * 8; bit++) {
            byte[] tampered = encapsulatedKey.clone();
            tampered[bit / 8] ^= (byte) (1 << (bit % 8));
            assertUnopenable(privateKey, new SealedBallot(tampered, sealed.ciphertext()), AAD);
        }
    }

    @Test
    void truncatedExtendedOrMissingPartsAreUnopenable() {
        SealedBallot sealed = BallotSealer.seal(WAVE.publicKey(), "answers".getBytes(UTF_8), AAD);
        byte[] privateKey = WAVE.privateKey();
        byte[] ciphertext = sealed.ciphertext();
        byte[] encapsulatedKey = sealed.encapsulatedKey();
        assertUnopenable(privateKey, new SealedBallot(encapsulatedKey, Arrays.copyOf(ciphertext, ciphertext.length - 1)), AAD);
        assertUnopenable(privateKey, new SealedBallot(encapsulatedKey, Arrays.copyOf(ciphertext, ciphertext.length + 1)), AAD);
        assertUnopenable(privateKey, new SealedBallot(encapsulatedKey, new byte[0]), AAD);
        assertUnopenable(privateKey, new SealedBallot(Arrays.copyOf(encapsulatedKey, 31), ciphertext), AAD);
        assertUnopenable(privateKey, new SealedBallot(new byte[0], ciphertext), AAD);
        assertUnopenable(privateKey, new SealedBallot(new byte[32], ciphertext), AAD); // low-order point
    }

    @Test
    void wrongAssociatedDataIsRejected() {
        SealedBallot sealed = BallotSealer.seal(WAVE.publicKey(), "answers".getBytes(UTF_8), AAD);
        assertUnopenable(WAVE.privateKey(), sealed, "wave-other/ballot".getBytes(UTF_8));
        assertUnopenable(WAVE.privateKey(), sealed, new byte[0]);
    }

    @Test
    void anotherWavesKeyCannotOpenTheBallot() {
        SealedBallot sealed = BallotSealer.seal(WAVE.publicKey(), "answers".getBytes(UTF_8), AAD);
        assertUnopenable(WaveKeyPair.generate().privateKey(), sealed, AAD);
    }

    @Test
    void failureMessageCarriesNoBallotOrKeyMaterial() {
        SealedBallot sealed = BallotSealer.seal(WAVE.publicKey(), "secret comment".getBytes(UTF_8), AAD);
        byte[] otherKey = WaveKeyPair.generate().privateKey();
        assertThatThrownBy(() -> BallotSealer.open(otherKey, sealed, AAD))
                .isInstanceOf(BallotOpeningException.class)
                .hasNoCause()
                .message()
                .doesNotContain("secret comment")
                .doesNotContainIgnoringCase(HexFormat.of().formatHex(otherKey))
                .doesNotContainIgnoringCase(HexFormat.of().formatHex(sealed.encapsulatedKey()).substring(0, 8));
    }

    @Test
    void badlyPaddedPlaintextSealedWithThePublicKeyIsRejected() throws Exception {
        byte[] lyingLength = new byte[1024];
        ByteBuffer.wrap(lyingLength).putInt(1021);
        byte[] dirtyPadding = new byte[1024];
        ByteBuffer.wrap(dirtyPadding).putInt(2);
        dirtyPadding[1000] = 1;
        for (byte[] padded : new byte[][] {lyingLength, dirtyPadding, new byte[1000], new byte[0]}) {
            HPKE hpke = BallotSealer.newHpke();
            HPKEContextWithEncapsulation context = hpke.setupBaseS(
                    hpke.deserializePublicKey(WAVE.publicKey()), "candour/ballot/v1".getBytes(UTF_8));
            SealedBallot sealed = new SealedBallot(context.getEncapsulation(), context.seal(AAD, padded));
            assertUnopenable(WAVE.privateKey(), sealed, AAD);
        }
    }

    /**
     * RFC 9180 test vector for exactly this suite: mode_base, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256,
     * AES-256-GCM, first encryption (sequence number 0). From the RFC's JSON test vectors
     * (the [TestVectors] reference), as carried in BoringSSL/AWS-LC {@code crypto/hpke/hpke_test_vectors.txt}.
     * Padding is Candour's own layer, so the vector is checked below it.
     */
    @Test
    void matchesTheRfc9180TestVectorForThisSuite() throws Exception {
        HexFormat hex = HexFormat.of();
        byte[] info = hex.parseHex("4f6465206f6e2061204772656369616e2055726e");
        byte[] skRm = hex.parseHex("497b4502664cfea5d5af0b39934dac72242a74f8480451e1aee7d6a53320333d");
        byte[] pkRm = hex.parseHex("430f4b9859665145a6b1ba274024487bd66f03a2dd577d7753c68d7d7d00c00c");
        byte[] skEm = hex.parseHex("179d4b53b6365c45b600c4163b61d95cbc2f4d9e36f1695558dce265ab8bab11");
        byte[] pkEm = hex.parseHex("6c93e09869df3402d7bf231bf540fadd35cd56be14f97178f0954db94b7fc256");
        byte[] aad = hex.parseHex("436f756e742d30");
        byte[] pt = hex.parseHex("4265617574792069732074727574682c20747275746820626561757479");
        byte[] ct = hex.parseHex("e5d84cd531cfb583096e7cfa9641bd3079cf3a91cda813c52deb5f512be9931980a41de125a925cdad859d5b7a");

        assertThat(WaveKeyPair.publicKeyOf(skRm)).isEqualTo(pkRm);
        assertThat(BallotSealer.openUnpadded(skRm, info, new SealedBallot(pkEm, ct), aad)).isEqualTo(pt);

        HPKE hpke = BallotSealer.newHpke();
        HPKEContextWithEncapsulation sender = hpke.setupBaseS(
                hpke.deserializePublicKey(pkRm), info, hpke.deserializePrivateKey(skEm, pkEm));
        assertThat(sender.getEncapsulation()).isEqualTo(pkEm);
        assertThat(sender.seal(aad, pt)).isEqualTo(ct);
    }

    @Test
    void sealRejectsAKeyOfTheWrongLength() {
        assertThatThrownBy(() -> BallotSealer.seal(new byte[31], new byte[1], AAD))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sealedBallotToStringShowsOnlyLengths() {
        SealedBallot sealed = BallotSealer.seal(WAVE.publicKey(), new byte[3], AAD);
        assertThat(sealed.toString()).isEqualTo("SealedBallot[encapsulatedKey=32 bytes, ciphertext=1040 bytes]");
    }

    private static int sealedLength(int plaintextBytes) {
        return BallotSealer.seal(WAVE.publicKey(), new byte[plaintextBytes], AAD).ciphertext().length;
    }

    private static void assertUnopenable(byte[] privateKey, SealedBallot sealed, byte[] aad) {
        assertThatThrownBy(() -> BallotSealer.open(privateKey, sealed, aad))
                .isInstanceOf(BallotOpeningException.class);
    }

    /** 4,000 code points mixing Latin, emoji (surrogate pairs), Hebrew and Arabic (right to left). */
    static String longUnicodeComment() {
        String[] pieces = {"Schichtplan ", "😀", "👮🏽‍♀️", " שלום ", "مرحبا ", "Ünïcödé "};
        StringBuilder out = new StringBuilder();
        int codePoints = 0;
        int i = 0;
        while (codePoints < 4_000) {
            String piece = pieces[i++ % pieces.length];
            int remaining = 4_000 - codePoints;
            int length = piece.codePointCount(0, piece.length());
            if (length > remaining) {
                piece = piece.substring(0, piece.offsetByCodePoints(0, remaining));
                length = remaining;
            }
            out.append(piece);
            codePoints += length;
        }
        return out.toString();
    }
}
