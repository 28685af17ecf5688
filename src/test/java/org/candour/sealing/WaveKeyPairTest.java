package org.candour.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class WaveKeyPairTest {

    @Test
    void keysAreRawX25519AndThePublicKeyFollowsFromThePrivateOne() {
        WaveKeyPair pair = WaveKeyPair.generate();
        assertThat(pair.publicKey()).hasSize(32);
        assertThat(pair.privateKey()).hasSize(32);
        assertThat(WaveKeyPair.publicKeyOf(pair.privateKey())).isEqualTo(pair.publicKey());
        assertThat(WaveKeyPair.generate().publicKey()).isNotEqualTo(pair.publicKey());
    }

    @Test
    void fingerprintIsTheStartOfTheSha256OfThePublicKey() throws Exception {
        WaveKeyPair pair = WaveKeyPair.generate();
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pair.publicKey()));
        assertThat(WaveKeyPair.fingerprint(pair.publicKey())).hasSize(16).isEqualTo(sha256.substring(0, 16));
    }

    @Test
    void toStringShowsTheFingerprintOnly() {
        WaveKeyPair pair = WaveKeyPair.generate();
        assertThat(pair.toString())
                .contains(WaveKeyPair.fingerprint(pair.publicKey()))
                .doesNotContain(HexFormat.of().formatHex(pair.privateKey()).substring(0, 12));
    }

    @Test
    void destroyedPrivateKeyCanNoLongerBeRead() {
        WaveKeyPair pair = WaveKeyPair.generate();
        byte[] publicKey = pair.publicKey();
        pair.destroy();
        assertThatThrownBy(pair::privateKey).isInstanceOf(IllegalStateException.class);
        assertThat(pair.publicKey()).isEqualTo(publicKey);
    }

    @Test
    void handedOutCopiesCannotChangeThePair() {
        WaveKeyPair pair = WaveKeyPair.generate();
        pair.publicKey()[0] ^= 1;
        pair.privateKey()[0] ^= 1;
        assertThat(WaveKeyPair.publicKeyOf(pair.privateKey())).isEqualTo(pair.publicKey());
    }

    @Test
    void keysOfTheWrongLengthAreRejected() {
        assertThatThrownBy(() -> WaveKeyPair.publicKeyOf(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WaveKeyPair.fingerprint(new byte[33])).isInstanceOf(IllegalArgumentException.class);
    }
}
