package org.candour.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.candour.sealing.ShareException.Reason;
import org.junit.jupiter.api.Test;

class KeySharesTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String WAVE_ID = "5b0c3f7e-2a41-4c1e-9d7a-0f6b8e1d2c3a";
    private static final String SHARE_FORMAT =
            "candour-share-v1\\.[0-9a-f-]{36}\\.[0-9]+-of-[0-9]+\\.[0-9]+\\.[0-9a-f]{16}\\.[A-Za-z0-9_-]{43}\\.[0-9a-f]{8}";

    private final WaveKeyPair wave = WaveKeyPair.generate();

    @Test
    void everyPairOfATwoOfThreeSplitRebuildsTheKey() throws Exception {
        List<ParsedShare> shares = parseAll(split(2, 3));
        int[][] pairs = {{0, 1}, {0, 2}, {1, 2}, {1, 0}, {2, 0}, {2, 1}};
        for (int[] pair : pairs) {
            assertThat(KeyShares.combine(WAVE_ID, wave.publicKey(), List.of(shares.get(pair[0]), shares.get(pair[1]))))
                    .isEqualTo(wave.privateKey());
        }
        assertThat(KeyShares.combine(WAVE_ID, wave.publicKey(), shares)).isEqualTo(wave.privateKey());
    }

    @Test
    void theDefaultTwoOfTwoSplitRebuildsTheKey() throws Exception {
        assertThat(KeyShares.combine(WAVE_ID, wave.publicKey(), parseAll(split(2, 2)))).isEqualTo(wave.privateKey());
    }

    @Test
    void shareTextsFollowTheDocumentedFormat() throws Exception {
        List<String> texts = split(2, 3);
        assertThat(texts).hasSize(3).allSatisfy(text -> assertThat(text).matches(SHARE_FORMAT));
        String fingerprint = WaveKeyPair.fingerprint(wave.publicKey());
        for (int i = 0; i < texts.size(); i++) {
            assertThat(texts.get(i)).startsWith("candour-share-v1." + WAVE_ID + ".2-of-3." + (i + 1) + "." + fingerprint + ".");
            ParsedShare parsed = KeyShares.parse(texts.get(i));
            assertThat(parsed.waveId()).isEqualTo(WAVE_ID);
            assertThat(parsed.threshold()).isEqualTo(2);
            assertThat(parsed.shares()).isEqualTo(3);
            assertThat(parsed.index()).isEqualTo(i + 1);
            assertThat(parsed.publicKeyFingerprint()).isEqualTo(fingerprint);
            assertThat(parsed.value()).hasSize(32);
        }
    }

    @Test
    void checksumIsSha256OverEverythingBeforeIt() throws Exception {
        String text = split(2, 2).get(0);
        int cut = text.lastIndexOf('.') + 1;
        assertThat(text.substring(cut)).isEqualTo(checksum(text.substring(0, cut)));
    }

    @Test
    void pastedSharesWithSurroundingSpaceAndLineBreaksAreAccepted() throws Exception {
        List<String> texts = split(2, 2);
        List<ParsedShare> shares = new ArrayList<>();
        for (String text : texts) {
            String pasted = "\uFEFF\n  " + text.substring(0, 30) + "\r\n" + text.substring(30, 70) + "\u00A0\n "
                    + text.substring(70) + "\t \n";
            shares.add(KeyShares.parse(pasted));
        }
        assertThat(KeyShares.combine(WAVE_ID, wave.publicKey(), shares)).isEqualTo(wave.privateKey());
    }

    @Test
    void oneShareOfTwoIsTooFew() throws Exception {
        List<ParsedShare> shares = parseAll(split(2, 3));
        assertReason(() -> KeyShares.combine(WAVE_ID, wave.publicKey(), List.of(shares.get(1))), Reason.TOO_FEW);
        assertReason(() -> KeyShares.combine(WAVE_ID, wave.publicKey(), List.of()), Reason.TOO_FEW);
    }

    @Test
    void twoSharesOfAThreeOfFiveSplitAreTooFew() throws Exception {
        List<ParsedShare> shares = parseAll(split(3, 5));
        assertReason(() -> KeyShares.combine(WAVE_ID, wave.publicKey(), shares.subList(0, 2)), Reason.TOO_FEW);
        assertThat(KeyShares.combine(WAVE_ID, wave.publicKey(), shares.subList(2, 5))).isEqualTo(wave.privateKey());
    }

    @Test
    void theSameShareTwiceIsADuplicate() throws Exception {
        List<String> texts = split(2, 3);
        ParsedShare first = KeyShares.parse(texts.get(0));
        ParsedShare again = KeyShares.parse(" " + texts.get(0) + "\n");
        assertReason(() -> KeyShares.combine(WAVE_ID, wave.publicKey(), List.of(first, again)), Reason.DUPLICATE);
    }

    @Test
    void aShareOfAnotherWaveIsRejected() throws Exception {
        WaveKeyPair otherWave = WaveKeyPair.generate();
        ParsedShare ours = KeyShares.parse(split(2, 2).get(0));
        ParsedShare theirs = KeyShares.parse(KeyShares.split(otherWave.privateKey(), otherWave.publicKey(),
                "other-wave", 2, 2, RANDOM).get(1));
        assertReason(() -> KeyShares.combine(WAVE_ID, wave.publicKey(), List.of(ours, theirs)), Reason.WRONG_WAVE);
    }

    @Test
    void aShareOfAnotherKeyUnderTheSameWaveIdIsRejected() throws Exception {
        WaveKeyPair reopened = WaveKeyPair.generate();
        ParsedShare ours = KeyShares.parse(split(2, 2).get(0));
        ParsedShare otherKey = KeyShares.parse(KeyShares.split(reopened.privateKey(), reopened.publicKey(),
                WAVE_ID, 2, 2, RANDOM).get(1));
        assertReason(() -> KeyShares.combine(WAVE_ID, wave.publicKey(), List.of(ours, otherKey)), Reason.WRONG_WAVE);
    }

    @Test
    void sharesFromTwoDifferentSplitsOfTheSameKeyAreInconsistent() throws Exception {
        ParsedShare twoOfThree = KeyShares.parse(split(2, 3).get(0));
        ParsedShare threeOfThree = KeyShares.parse(split(3, 3).get(1));
        assertReason(() -> KeyShares.combine(WAVE_ID, wave.publicKey(), List.of(twoOfThree, threeOfThree)),
                Reason.INCONSISTENT);
    }

    @Test
    void everyTruncationIsRejected() {
        String text = split(2, 2).get(0);
        for (int length = 0; length < text.length(); length++) {
            String truncated = text.substring(0, length);
            Reason reason = reasonOf(() -> KeyShares.parse(truncated));
            assertThat(reason).as("cut to %d characters", length).isIn(Reason.MALFORMED, Reason.CHECKSUM_MISMATCH);
        }
    }

    @Test
    void everySingleCharacterChangeIsRejected() {
        String text = split(2, 2).get(0);
        String replacements = "0aZ.-_9f";
        for (int position = 0; position < text.length(); position++) {
            for (char replacement : replacements.toCharArray()) {
                if (replacement == text.charAt(position)) {
                    continue;
                }
                String changed = text.substring(0, position) + replacement + text.substring(position + 1);
                Reason reason = reasonOf(() -> KeyShares.parse(changed));
                assertThat(reason).as("'%s' at %d", replacement, position)
                        .isIn(Reason.MALFORMED, Reason.CHECKSUM_MISMATCH);
            }
        }
    }

    @Test
    void aShareAlteredWithAFreshChecksumDoesNotRebuildTheKey() throws Exception {
        List<String> texts = split(2, 2);
        String forged = withValueByteFlipped(texts.get(1), 7);
        ParsedShare parsedForgery = KeyShares.parse(forged); // the checksum is right: it only catches accidents
        assertReason(() -> KeyShares.combine(WAVE_ID, wave.publicKey(), List.of(KeyShares.parse(texts.get(0)), parsedForgery)),
                Reason.DOES_NOT_MATCH_KEY);
    }

    @Test
    void anAlteredThirdShareIsCaughtEvenWhenTwoGoodOnesWouldSuffice() throws Exception {
        List<String> texts = split(2, 3);
        List<ParsedShare> shares = List.of(KeyShares.parse(texts.get(0)), KeyShares.parse(texts.get(1)),
                KeyShares.parse(withValueByteFlipped(texts.get(2), 0)));
        assertReason(() -> KeyShares.combine(WAVE_ID, wave.publicKey(), shares), Reason.DOES_NOT_MATCH_KEY);
    }

    @Test
    void shareTextsNeverContainThePrivateKeyAsAWhole() {
        byte[] privateKey = wave.privateKey();
        List<String> forms = List.of(
                HexFormat.of().formatHex(privateKey),
                HexFormat.of().withUpperCase().formatHex(privateKey),
                Base64.getEncoder().withoutPadding().encodeToString(privateKey),
                Base64.getUrlEncoder().withoutPadding().encodeToString(privateKey));
        for (String text : split(2, 3)) {
            for (String form : forms) {
                assertThat(text).doesNotContain(form);
            }
        }
    }

    @Test
    void parsedShareToStringAndExceptionMessagesHideShareMaterial() throws Exception {
        String text = split(2, 2).get(0);
        ParsedShare share = KeyShares.parse(text);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(share.value());
        assertThat(share.toString()).doesNotContain(value).doesNotContain(text);
        for (Reason reason : Reason.values()) {
            assertThat(new ShareException(reason).getMessage()).doesNotContain(value).doesNotContain(WAVE_ID);
        }
        String truncated = text.substring(0, text.length() - 3);
        assertThatThrownBy(() -> KeyShares.parse(truncated)).message().doesNotContain(value);
    }

    @Test
    void thresholdAndShareCountMustBeSensible() {
        for (int[] bad : new int[][] {{1, 3}, {0, 2}, {3, 2}, {2, 11}, {11, 11}, {-1, 2}}) {
            assertThatThrownBy(() -> split(bad[0], bad[1])).as("%d-of-%d", bad[0], bad[1])
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(split(10, 10)).hasSize(10);
        assertThat(split(2, 10)).hasSize(10);
    }

    @Test
    void splitRefusesAWaveIdThatWouldBreakTheFormatOrAMismatchedKeyPair() {
        assertThatThrownBy(() -> KeyShares.split(wave.privateKey(), wave.publicKey(), "wave.1", 2, 2, RANDOM))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyShares.split(wave.privateKey(), wave.publicKey(), "", 2, 2, RANDOM))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyShares.split(wave.privateKey(), WaveKeyPair.generate().publicKey(), WAVE_ID, 2, 2, RANDOM))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textThatIsNotAShareIsMalformed() {
        for (String junk : new String[] {null, "", "hello", "candour-share-v2.a.2-of-2.1.0011223344556677.AAAA.00000000"}) {
            assertThat(reasonOf(() -> KeyShares.parse(junk))).isIn(Reason.MALFORMED, Reason.CHECKSUM_MISMATCH);
        }
    }

    @Test
    void wellChecksummedButImpossibleFieldsAreMalformed() {
        String fingerprint = WaveKeyPair.fingerprint(wave.publicKey());
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]);
        for (String body : List.of(
                "candour-share-v2.w.2-of-2.1." + fingerprint + "." + value + ".",
                "candour-share-v1.w.1-of-2.1." + fingerprint + "." + value + ".",
                "candour-share-v1.w.3-of-2.1." + fingerprint + "." + value + ".",
                "candour-share-v1.w.2-of-2.3." + fingerprint + "." + value + ".",
                "candour-share-v1.w.2-of-2.0." + fingerprint + "." + value + ".",
                "candour-share-v1.w.2-of-2.1." + fingerprint.toUpperCase() + "." + value + ".",
                "candour-share-v1.w.2-of-2.1." + fingerprint + "." + value.substring(1) + ".",
                "candour-share-v1.w.2-of-2.1." + fingerprint + "." + value + "=.")) {
            assertThat(reasonOf(() -> KeyShares.parse(body + checksum(body)))).as(body).isEqualTo(Reason.MALFORMED);
        }
    }

    @Test
    void parsedSharesWithImpossibleNumbersOrValueLengthCannotBeMade() {
        String fingerprint = "0011223344556677";
        assertThatThrownBy(() -> new ParsedShare(WAVE_ID, 2, 2, 0, fingerprint, new byte[32]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ParsedShare(WAVE_ID, 2, 2, 3, fingerprint, new byte[32]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ParsedShare(WAVE_ID, 1, 2, 1, fingerprint, new byte[32]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ParsedShare(WAVE_ID, 2, 2, 1, fingerprint, new byte[31]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<String> split(int threshold, int shares) {
        return KeyShares.split(wave.privateKey(), wave.publicKey(), WAVE_ID, threshold, shares, RANDOM);
    }

    private static List<ParsedShare> parseAll(List<String> texts) throws ShareException {
        List<ParsedShare> parsed = new ArrayList<>();
        for (String text : texts) {
            parsed.add(KeyShares.parse(text));
        }
        return parsed;
    }

    /** The forger's view: change one byte of the value and recompute the (public) checksum. */
    private static String withValueByteFlipped(String text, int byteIndex) {
        String[] fields = text.split("\\.");
        byte[] value = Base64.getUrlDecoder().decode(fields[5]);
        value[byteIndex] ^= 0x5A;
        fields[5] = Base64.getUrlEncoder().withoutPadding().encodeToString(value);
        String body = String.join(".", List.of(fields).subList(0, 6)) + ".";
        return body + checksum(body);
    }

    /** Independent of the class under test: first 8 hex characters of SHA-256. */
    private static String checksum(String textBeforeChecksum) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(textBeforeChecksum.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private interface ShareAction {
        void run() throws ShareException;
    }

    private static Reason reasonOf(ShareAction action) {
        ShareException exception = catchThrowableOfType(ShareException.class, action::run);
        assertThat(exception).as("expected a ShareException").isNotNull();
        return exception.reason();
    }

    private static void assertReason(ShareAction action, Reason expected) {
        assertThat(reasonOf(action)).isEqualTo(expected);
    }
}
