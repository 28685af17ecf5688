package org.candour.sealing;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * Single-use respondent codes: 20 random Crockford base32 symbols (100 bits) plus one Luhn mod 32
 * check symbol, shown as {@code 7K3M-Q9XA-PZ2T-H8WN-VB4R-C}.
 *
 * <p>The server stores only {@link #hash(String)}; with 100 random bits a plain SHA-256 needs no salt
 * or slow KDF, because guessing is hopeless either way. Nothing here puts a code into a message or
 * {@code toString()}, because a code in a log line would link a person to a ballot.
 */
public final class AccessCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int RANDOM_SYMBOLS = 20;
    static final int CODE_LENGTH = RANDOM_SYMBOLS + 1;

    private static final int GROUP_SIZE = 4;
    /** Far longer than any honest entry: stops work on pasted junk early. */
    private static final int MAX_TYPED_LENGTH = 100;
    private static final int NOT_A_SYMBOL = -1;
    private static final int[] VALUE_OF = decodingTable();

    private static final byte[] HASH_DOMAIN = domain("candour/access-code/v1");
    private static final byte[] TOKEN_DOMAIN = domain("candour/submission-token/v1");
    private static final byte[] SEPARATOR = {0};
    private static final int MIN_NONCE_BYTES = 16;

    private AccessCodes() {
    }

    /** A new random code in display form. */
    public static String generate(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        int[] values = new int[CODE_LENGTH];
        for (int i = 0; i < RANDOM_SYMBOLS; i++) {
            values[i] = random.nextInt(ALPHABET.length());
        }
        values[RANDOM_SYMBOLS] = LuhnMod32.checkValue(Arrays.copyOf(values, RANDOM_SYMBOLS));
        return displayForm(values);
    }

    /**
     * Reads a code as a person typed it: any case; spaces, tabs, line breaks, hyphens and dashes,
     * underscores and dots ignored; O read as 0, I and L as 1. U is not a Crockford symbol.
     */
    public static Normalised normalise(String typed) {
        if (typed == null || typed.length() > MAX_TYPED_LENGTH) {
            return Normalised.rejected(Normalised.Status.WRONG_LENGTH);
        }
        int[] values = new int[CODE_LENGTH];
        int count = 0;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (isIgnoredSeparator(c)) {
                continue;
            }
            int value = c < VALUE_OF.length ? VALUE_OF[c] : NOT_A_SYMBOL;
            if (value == NOT_A_SYMBOL) {
                return Normalised.rejected(Normalised.Status.INVALID_CHARACTER);
            }
            if (count < CODE_LENGTH) {
                values[count] = value;
            }
            count++;
        }
        if (count != CODE_LENGTH) {
            return Normalised.rejected(Normalised.Status.WRONG_LENGTH);
        }
        if (!LuhnMod32.isValid(values)) {
            return Normalised.rejected(Normalised.Status.WRONG_CHECK_CHARACTER);
        }
        return new Normalised(Normalised.Status.VALID, symbols(values));
    }

    /** What the server stores for a code: SHA-256 over a domain-separated encoding, 32 bytes. */
    public static byte[] hash(String canonical) {
        requireCanonical(canonical);
        return Sha256.digest(HASH_DOMAIN, SEPARATOR, canonical.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Identifies one submission of a code, so that a retry of the same submission (same nonce, at
     * least 16 random bytes from the respondent's session) is recognised as already recorded.
     */
    public static byte[] submissionToken(String canonical, byte[] nonce) {
        requireCanonical(canonical);
        Objects.requireNonNull(nonce, "nonce");
        if (nonce.length < MIN_NONCE_BYTES) {
            throw new IllegalArgumentException("nonce must have at least " + MIN_NONCE_BYTES + " bytes");
        }
        return Sha256.digest(TOKEN_DOMAIN, SEPARATOR,
                canonical.getBytes(StandardCharsets.US_ASCII), SEPARATOR, nonce);
    }

    /**
     * The result of reading a typed code; {@code canonical} (21 symbols, no separators) is present
     * only when VALID. Its {@code toString()} never shows the code.
     */
    public record Normalised(Status status, String canonical) {

        public enum Status { VALID, WRONG_LENGTH, INVALID_CHARACTER, WRONG_CHECK_CHARACTER }

        public Normalised {
            Objects.requireNonNull(status, "status");
            if ((status == Status.VALID) != (canonical != null)) {
                throw new IllegalArgumentException("a canonical code goes with VALID and only with VALID");
            }
        }

        static Normalised rejected(Status status) {
            return new Normalised(status, null);
        }

        public boolean isValid() {
            return status == Status.VALID;
        }

        @Override
        public String toString() {
            return "Normalised[status=" + status + "]";
        }
    }

    private static void requireCanonical(String canonical) {
        Objects.requireNonNull(canonical, "canonical");
        // Hashing a display form or a typo would silently give a hash that matches nothing.
        Normalised normalised = normalise(canonical);
        if (!normalised.isValid() || !normalised.canonical().equals(canonical)) {
            throw new IllegalArgumentException("not a canonical access code");
        }
    }

    private static boolean isIgnoredSeparator(char c) {
        return c == '-' || c == '_' || c == '.'
                || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.DASH_PUNCTUATION;
    }

    private static String symbols(int[] values) {
        StringBuilder out = new StringBuilder(values.length);
        for (int value : values) {
            out.append(ALPHABET.charAt(value));
        }
        return out.toString();
    }

    private static String displayForm(int[] values) {
        StringBuilder out = new StringBuilder(values.length + values.length / GROUP_SIZE);
        for (int i = 0; i < values.length; i++) {
            if (i > 0 && i % GROUP_SIZE == 0) {
                out.append('-');
            }
            out.append(ALPHABET.charAt(values[i]));
        }
        return out.toString();
    }

    private static int[] decodingTable() {
        int[] table = new int[128];
        Arrays.fill(table, NOT_A_SYMBOL);
        for (int value = 0; value < ALPHABET.length(); value++) {
            char symbol = ALPHABET.charAt(value);
            table[symbol] = value;
            table[Character.toLowerCase(symbol)] = value;
        }
        // Crockford: letters that look like digits are read as those digits.
        for (char c : new char[] {'O', 'o'}) {
            table[c] = 0;
        }
        for (char c : new char[] {'I', 'i', 'L', 'l'}) {
            table[c] = 1;
        }
        return table;
    }

    private static byte[] domain(String label) {
        return label.getBytes(StandardCharsets.US_ASCII);
    }
}
