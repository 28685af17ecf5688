package org.candour.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.candour.sealing.AccessCodes.Normalised;
import org.candour.sealing.AccessCodes.Normalised.Status;
import org.junit.jupiter.api.Test;

class AccessCodesTest {

    /** Written out again rather than taken from the class under test. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String DISPLAY_FORM = "([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]";
    /** Chi-square for 31 degrees of freedom at p = 1e-6: a fair source exceeds it once in a million runs. */
    private static final double CHI_SQUARE_LIMIT = 83.6;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void tenThousandGeneratedCodesAreInDisplayFormValidAndDistinct() {
        Set<String> canonicals = new HashSet<>();
        for (String code : generate(10_000, RANDOM)) {
            assertThat(code).matches(DISPLAY_FORM);
            Normalised normalised = AccessCodes.normalise(code);
            assertThat(normalised.status()).isEqualTo(Status.VALID);
            assertThat(normalised.canonical()).isEqualTo(code.replace("-", "")).hasSize(21);
            canonicals.add(normalised.canonical());
        }
        assertThat(canonicals).hasSize(10_000);
    }

    @Test
    void checkCharacterMatchesAnIndependentLuhnMod32Computation() {
        // Expected check symbols computed with a separate implementation of Luhn mod N (N = 32).
        assertThat(AccessCodes.normalise("0123456789ABCDEFGHJKW").status()).isEqualTo(Status.VALID);
        assertThat(AccessCodes.normalise("7K3MQ9XAPZ2TH8WNVB4RJ").status()).isEqualTo(Status.VALID);
        assertThat(AccessCodes.normalise("000000000000000000000").status()).isEqualTo(Status.VALID);
        assertThat(AccessCodes.normalise("ZZZZZZZZZZZZZZZZZZZZM").status()).isEqualTo(Status.VALID);
        assertThat(AccessCodes.normalise("1010101010ABCDEF01015").status()).isEqualTo(Status.VALID);
        assertThat(AccessCodes.normalise("7K3MQ9XAPZ2TH8WNVB4RC").status()).isEqualTo(Status.WRONG_CHECK_CHARACTER);
    }

    @Test
    void generatedSymbolsAreRoughlyUniformOverallAndPerPosition() {
        List<String> codes = generate(10_000, RANDOM);
        assertThat(chiSquare(codes, -1)).isLessThan(CHI_SQUARE_LIMIT);
        for (int position = 0; position < 20; position++) {
            assertThat(chiSquare(codes, position)).as("position %d", position).isLessThan(CHI_SQUARE_LIMIT);
        }
    }

    @Test
    void uniformityCheckNoticesABiasedRandomSource() {
        SecureRandom biased = new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                super.nextBytes(bytes);
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] &= (byte) 0xBF;
                }
            }
        };
        assertThat(chiSquare(generate(10_000, biased), -1)).isGreaterThan(CHI_SQUARE_LIMIT);
    }

    @Test
    void entryIsForgivingAboutCaseSeparatorsAndLookAlikeLetters() {
        String canonical = "1010101010ABCDEF01015";
        assertThat(AccessCodes.normalise("1010-1010-10AB-CDEF-0101-5").canonical()).isEqualTo(canonical);
        assertThat(AccessCodes.normalise("1010101010abcdef01015").canonical()).isEqualTo(canonical);
        assertThat(AccessCodes.normalise("  1010 1010\t10ab.cdef_0101 – 5 \n").canonical()).isEqualTo(canonical);
        assertThat(AccessCodes.normalise("IOLO-ioLo-lO-AB-CDEF-OlO1-5").canonical()).isEqualTo(canonical);
    }

    @Test
    void everySingleCharacterSubstitutionIsRejected() {
        for (String code : canonicals(200)) {
            for (int position = 0; position < code.length(); position++) {
                for (char replacement : (ALPHABET + "U*").toCharArray()) {
                    if (replacement == code.charAt(position)) {
                        continue;
                    }
                    String typo = code.substring(0, position) + replacement + code.substring(position + 1);
                    Status expected = ALPHABET.indexOf(replacement) >= 0
                            ? Status.WRONG_CHECK_CHARACTER : Status.INVALID_CHARACTER;
                    assertThat(AccessCodes.normalise(typo).status()).as("substitution at %d", position)
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void everyAdjacentTranspositionIsRejectedExceptZeroWithZ() {
        int checked = 0;
        for (String code : canonicals(200)) {
            for (int position = 0; position + 1 < code.length(); position++) {
                char left = code.charAt(position);
                char right = code.charAt(position + 1);
                if (left == right || isZeroAndZ(left, right)) {
                    continue;
                }
                assertThat(AccessCodes.normalise(swap(code, position)).status())
                        .as("transposition at %d", position).isEqualTo(Status.WRONG_CHECK_CHARACTER);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(3_500);
    }

    /**
     * Luhn mod N has one blind spot, like Luhn's "09"/"90": neighbours of value 0 and N-1. This pins
     * it down exhaustively (all symbol pairs at all positions), so a change of algorithm is noticed.
     */
    @Test
    void theOnlyUndetectedAdjacentTranspositionIsZeroWithZ() {
        Set<String> undetected = new HashSet<>();
        String base = canonicals(1).get(0).substring(0, 20);
        for (int position = 0; position < 20; position++) {
            for (char a : ALPHABET.toCharArray()) {
                for (char b : ALPHABET.toCharArray()) {
                    if (a == b) {
                        continue;
                    }
                    char[] body = base.toCharArray();
                    body[position] = a;
                    if (position + 1 < 20) {
                        body[position + 1] = b;
                    }
                    String code = withCheckCharacter(new String(body));
                    if (code.charAt(position + 1) != b) {
                        continue; // position 19: the check symbol is the right neighbour and is not free
                    }
                    if (AccessCodes.normalise(swap(code, position)).isValid()) {
                        undetected.add("" + a + b);
                    }
                }
            }
        }
        assertThat(undetected).containsExactlyInAnyOrder("0Z", "Z0");
    }

    @Test
    void wrongLengthIsReported() {
        String code = canonicals(1).get(0);
        assertThat(AccessCodes.normalise(code.substring(1)).status()).isEqualTo(Status.WRONG_LENGTH);
        assertThat(AccessCodes.normalise(code + "0").status()).isEqualTo(Status.WRONG_LENGTH);
        assertThat(AccessCodes.normalise("").status()).isEqualTo(Status.WRONG_LENGTH);
        assertThat(AccessCodes.normalise(" - ").status()).isEqualTo(Status.WRONG_LENGTH);
        assertThat(AccessCodes.normalise(null).status()).isEqualTo(Status.WRONG_LENGTH);
        assertThat(AccessCodes.normalise("0".repeat(10_000)).status()).isEqualTo(Status.WRONG_LENGTH);
    }

    @Test
    void uAndOtherNonSymbolsAreInvalidCharacters() {
        String code = canonicals(1).get(0);
        for (String bad : List.of("U", "u", "*", "é", "!", "Ø", "١")) {
            assertThat(AccessCodes.normalise(bad + code.substring(1)).status()).as(bad)
                    .isEqualTo(Status.INVALID_CHARACTER);
        }
    }

    @Test
    void onlyValidResultsCarryACanonicalCode() {
        assertThat(AccessCodes.normalise("7K3MQ9XAPZ2TH8WNVB4RC").canonical()).isNull();
        assertThat(AccessCodes.normalise("U").canonical()).isNull();
    }

    @Test
    void normalisedToStringNeverShowsTheCode() {
        Normalised valid = AccessCodes.normalise("7K3M-Q9XA-PZ2T-H8WN-VB4R-J");
        assertThat(valid.isValid()).isTrue();
        assertThat(valid.toString()).doesNotContain("7K3M").doesNotContain("VB4R").contains("VALID");
    }

    @Test
    void hashIsDomainSeparatedSha256Of32Bytes() throws Exception {
        byte[] expected = MessageDigest.getInstance("SHA-256")
                .digest("candour/access-code/v1\u00007K3MQ9XAPZ2TH8WNVB4RJ".getBytes(StandardCharsets.US_ASCII));
        assertThat(AccessCodes.hash("7K3MQ9XAPZ2TH8WNVB4RJ")).hasSize(32).isEqualTo(expected);
        assertThat(HexFormat.of().formatHex(expected))
                .isEqualTo("7ca02890ca284126756d0fa38e54855481f72cddd518e0880f0a0b78bc1402d3");
    }

    @Test
    void hashIsDeterministicAndDiffersBetweenCodes() {
        List<String> codes = canonicals(1_000);
        Set<String> hashes = new HashSet<>();
        for (String code : codes) {
            assertThat(AccessCodes.hash(code)).isEqualTo(AccessCodes.hash(code));
            hashes.add(HexFormat.of().formatHex(AccessCodes.hash(code)));
        }
        assertThat(hashes).hasSize(codes.size());
    }

    @Test
    void hashRefusesAnythingButTheCanonicalFormWithoutEchoingIt() {
        for (String notCanonical : List.of("7K3M-Q9XA-PZ2T-H8WN-VB4R-J", "7k3mq9xapz2th8wnvb4rj", "7K3MQ9XAPZ2TH8WNVB4RC")) {
            assertThatThrownBy(() -> AccessCodes.hash(notCanonical))
                    .isInstanceOf(IllegalArgumentException.class)
                    .message().doesNotContainIgnoringCase("7K3M").doesNotContainIgnoringCase("VB4R");
        }
    }

    @Test
    void submissionTokenDependsOnCodeAndNonceAndDiffersFromTheHash() {
        String code = "7K3MQ9XAPZ2TH8WNVB4RJ";
        byte[] nonce = new byte[16];
        byte[] otherNonce = new byte[16];
        otherNonce[15] = 1;
        byte[] token = AccessCodes.submissionToken(code, nonce);
        assertThat(token).hasSize(32).isEqualTo(AccessCodes.submissionToken(code, nonce.clone()));
        assertThat(token).isNotEqualTo(AccessCodes.submissionToken(code, otherNonce));
        assertThat(token).isNotEqualTo(AccessCodes.submissionToken("1010101010ABCDEF01015", nonce));
        assertThat(token).isNotEqualTo(AccessCodes.hash(code));
        assertThatThrownBy(() -> AccessCodes.submissionToken(code, new byte[15]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> generate(int count, SecureRandom random) {
        List<String> codes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            codes.add(AccessCodes.generate(random));
        }
        return codes;
    }

    private static List<String> canonicals(int count) {
        return generate(count, RANDOM).stream().map(code -> code.replace("-", "")).toList();
    }

    /** Chi-square of symbol counts over the 20 random positions (position -1) or over one position. */
    private static double chiSquare(List<String> displayCodes, int position) {
        long[] counts = new long[32];
        long total = 0;
        for (String display : displayCodes) {
            String code = display.replace("-", "");
            for (int i = 0; i < 20; i++) {
                if (position < 0 || i == position) {
                    counts[ALPHABET.indexOf(code.charAt(i))]++;
                    total++;
                }
            }
        }
        double expected = total / 32.0;
        double chiSquare = 0;
        for (long count : counts) {
            chiSquare += (count - expected) * (count - expected) / expected;
        }
        return chiSquare;
    }

    private static String withCheckCharacter(String body) {
        for (char check : ALPHABET.toCharArray()) {
            if (AccessCodes.normalise(body + check).isValid()) {
                return body + check;
            }
        }
        throw new AssertionError("no check character makes the code valid");
    }

    private static String swap(String code, int position) {
        char[] chars = code.toCharArray();
        char left = chars[position];
        chars[position] = chars[position + 1];
        chars[position + 1] = left;
        return new String(chars);
    }

    private static boolean isZeroAndZ(char a, char b) {
        return (a == '0' && b == 'Z') || (a == 'Z' && b == '0');
    }
}
