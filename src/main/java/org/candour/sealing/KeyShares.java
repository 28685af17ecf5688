package org.candour.sealing;

import com.codahale.shamir.Scheme;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.candour.sealing.ShareException.Reason;

/**
 * Splits the wave's private key into t-of-n custodian shares (Shamir over GF(256), Coda Hale's
 * library) and rebuilds it from them at release.
 *
 * <p>A share is one line of text, made to survive being printed, pasted and retyped:
 * <pre>candour-share-v1.&lt;waveId&gt;.&lt;t&gt;-of-&lt;n&gt;.&lt;index&gt;.&lt;publicKeyFingerprint&gt;.&lt;base64url value&gt;.&lt;checksum&gt;</pre>
 * where the checksum is the first 8 hex characters of SHA-256 over everything before it,
 * including the dot that precedes it. The checksum only catches accidents; deliberate tampering is
 * caught in {@link #combine} by comparing the rebuilt key with the wave's public key.
 *
 * <p>Secret intermediate arrays are overwritten after use, but Java cannot guarantee erasure: the
 * garbage collector may have copied them, and the Shamir library keeps its own temporaries.
 *
 * <p>Known limits of the Shamir library (0.7.0), accepted because the key is split once per wave:
 * it forces each byte's top polynomial coefficient to be non-zero, so t-1 shares rule out one of
 * 256 values per key byte (about 0.18 bits of the 256-bit key in all); and its GF(256) arithmetic
 * uses lookup tables, which are not constant-time on shared hardware.
 */
public final class KeyShares {

    static final String PREFIX = "candour-share-v1";
    static final int MIN_SHARES = 2;
    static final int MAX_SHARES = 10;

    private static final int FIELDS = 7;
    private static final int CHECKSUM_HEX_CHARS = 8;
    private static final Pattern WAVE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern THRESHOLD_OF_SHARES = Pattern.compile("([0-9]{1,2})-of-([0-9]{1,2})");
    private static final Pattern SMALL_NUMBER = Pattern.compile("[0-9]{1,2}");
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{16}");
    /** Also no-break and zero-width spaces and byte-order marks, which pasting from documents brings along. */
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+");
    private static final HexFormat HEX = HexFormat.of();

    private KeyShares() {
    }

    /** Splits the private key into {@code shares} texts, any {@code threshold} of which rebuild it; 2 ≤ t ≤ n ≤ 10. */
    public static List<String> split(byte[] privateKey, byte[] publicKey, String waveId,
                                     int threshold, int shares, SecureRandom random) {
        WaveKeyPair.requireKeyLength(privateKey, "privateKey");
        WaveKeyPair.requireKeyLength(publicKey, "publicKey");
        Objects.requireNonNull(waveId, "waveId");
        Objects.requireNonNull(random, "random");
        if (!WAVE_ID.matcher(waveId).matches()) {
            throw new IllegalArgumentException("waveId must be 1 to 64 letters, digits, '-' or '_'");
        }
        if (threshold < MIN_SHARES || threshold > shares || shares > MAX_SHARES) {
            throw new IllegalArgumentException("need 2 <= threshold <= shares <= 10");
        }
        byte[] derivedPublicKey = WaveKeyPair.publicKeyOf(privateKey);
        if (!MessageDigest.isEqual(derivedPublicKey, publicKey)) {
            // Shares of the wrong key would only show up at release, when it is too late.
            throw new IllegalArgumentException("privateKey does not belong to publicKey");
        }
        String fingerprint = WaveKeyPair.fingerprint(publicKey);
        Map<Integer, byte[]> parts = new Scheme(random, shares, threshold).split(privateKey);
        List<String> texts = new ArrayList<>(shares);
        try {
            for (int index = 1; index <= shares; index++) {
                String body = String.join(".", PREFIX, waveId, threshold + "-of-" + shares,
                        Integer.toString(index), fingerprint,
                        Base64.getUrlEncoder().withoutPadding().encodeToString(parts.get(index)));
                texts.add(body + "." + checksum(body + "."));
            }
        } finally {
            parts.values().forEach(part -> Arrays.fill(part, (byte) 0));
        }
        return List.copyOf(texts);
    }

    /** Reads one share text. Whitespace anywhere (around it, or line breaks inside from pasting) is ignored. */
    public static ParsedShare parse(String text) throws ShareException {
        if (text == null) {
            throw new ShareException(Reason.MALFORMED);
        }
        String compact = WHITESPACE.matcher(text).replaceAll("");
        int checksumStart = compact.lastIndexOf('.') + 1;
        if (checksumStart == 0) {
            throw new ShareException(Reason.MALFORMED);
        }
        String[] fields = compact.split("\\.", -1);
        String givenChecksum = compact.substring(checksumStart);
        if (fields.length != FIELDS || givenChecksum.length() != CHECKSUM_HEX_CHARS) {
            throw new ShareException(Reason.MALFORMED);
        }
        String expectedChecksum = checksum(compact.substring(0, checksumStart));
        if (!MessageDigest.isEqual(expectedChecksum.getBytes(StandardCharsets.US_ASCII),
                givenChecksum.getBytes(StandardCharsets.US_ASCII))) {
            throw new ShareException(Reason.CHECKSUM_MISMATCH);
        }
        return parseFields(fields);
    }

    /**
     * Rebuilds the wave's private key from at least {@code threshold} shares, checking that they
     * belong to this wave and key, agree with each other, and really rebuild the key whose public
     * half is {@code expectedPublicKey}.
     */
    public static byte[] combine(String expectedWaveId, byte[] expectedPublicKey, List<ParsedShare> shares)
            throws ShareException {
        Objects.requireNonNull(expectedWaveId, "expectedWaveId");
        WaveKeyPair.requireKeyLength(expectedPublicKey, "expectedPublicKey");
        Objects.requireNonNull(shares, "shares");
        if (shares.isEmpty()) {
            throw new ShareException(Reason.TOO_FEW);
        }
        String expectedFingerprint = WaveKeyPair.fingerprint(expectedPublicKey);
        for (ParsedShare share : shares) {
            if (!share.waveId().equals(expectedWaveId)
                    || !share.publicKeyFingerprint().equals(expectedFingerprint)) {
                throw new ShareException(Reason.WRONG_WAVE);
            }
        }
        if (shares.stream().map(ParsedShare::index).distinct().count() != shares.size()) {
            throw new ShareException(Reason.DUPLICATE);
        }
        ParsedShare first = shares.get(0);
        for (ParsedShare share : shares) {
            if (share.threshold() != first.threshold() || share.shares() != first.shares()) {
                throw new ShareException(Reason.INCONSISTENT);
            }
        }
        if (shares.size() < first.threshold()) {
            throw new ShareException(Reason.TOO_FEW);
        }
        return join(shares, first, expectedPublicKey);
    }

    private static byte[] join(List<ParsedShare> shares, ParsedShare first, byte[] expectedPublicKey)
            throws ShareException {
        Map<Integer, byte[]> parts = new HashMap<>();
        byte[] privateKey = null;
        try {
            for (ParsedShare share : shares) {
                parts.put(share.index(), share.value());
            }
            // The random source is only used for splitting; joining draws nothing from it.
            privateKey = new Scheme(new SecureRandom(), first.shares(), first.threshold()).join(parts);
            if (privateKey.length != WaveKeyPair.KEY_BYTES
                    || !MessageDigest.isEqual(WaveKeyPair.publicKeyOf(privateKey), expectedPublicKey)) {
                Arrays.fill(privateKey, (byte) 0);
                throw new ShareException(Reason.DOES_NOT_MATCH_KEY);
            }
            return privateKey;
        } catch (IllegalArgumentException e) {
            // Shares of differing lengths.
            throw new ShareException(Reason.INCONSISTENT);
        } finally {
            parts.values().forEach(part -> Arrays.fill(part, (byte) 0));
        }
    }

    private static ParsedShare parseFields(String[] fields) throws ShareException {
        var thresholdOfShares = THRESHOLD_OF_SHARES.matcher(fields[2]);
        if (!fields[0].equals(PREFIX)
                || !WAVE_ID.matcher(fields[1]).matches()
                || !thresholdOfShares.matches()
                || !SMALL_NUMBER.matcher(fields[3]).matches()
                || !FINGERPRINT.matcher(fields[4]).matches()) {
            throw new ShareException(Reason.MALFORMED);
        }
        int threshold = Integer.parseInt(thresholdOfShares.group(1));
        int shares = Integer.parseInt(thresholdOfShares.group(2));
        int index = Integer.parseInt(fields[3]);
        if (threshold < MIN_SHARES || threshold > shares || shares > MAX_SHARES || index < 1 || index > shares) {
            throw new ShareException(Reason.MALFORMED);
        }
        byte[] value = decodeValue(fields[5]);
        try {
            return new ParsedShare(fields[1], threshold, shares, index, fields[4], value);
        } finally {
            Arrays.fill(value, (byte) 0);
        }
    }

    private static byte[] decodeValue(String encoded) throws ShareException {
        byte[] value;
        try {
            value = Base64.getUrlDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new ShareException(Reason.MALFORMED);
        }
        // Only the canonical unpadded encoding of exactly one key's worth of bytes is accepted.
        boolean canonical = value.length == WaveKeyPair.KEY_BYTES
                && Base64.getUrlEncoder().withoutPadding().encodeToString(value).equals(encoded);
        if (!canonical) {
            Arrays.fill(value, (byte) 0);
            throw new ShareException(Reason.MALFORMED);
        }
        return value;
    }

    private static String checksum(String textBeforeChecksum) {
        byte[] digest = Sha256.digest(textBeforeChecksum.getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(digest).substring(0, CHECKSUM_HEX_CHARS);
    }
}
