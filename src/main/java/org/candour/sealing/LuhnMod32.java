package org.candour.sealing;

/**
 * The Luhn mod N check character for N = 32, over symbol values 0..31.
 *
 * <p>It catches every single-symbol substitution and every adjacent transposition except one:
 * swapping neighbouring symbols of value 0 and 31 (in Crockford base32, {@code 0} and {@code Z}),
 * the mod-32 counterpart of Luhn's blind spot for "09" and "90". A code that slips through that
 * way is still rejected later, because its hash matches no issued code.
 */
final class LuhnMod32 {

    static final int N = 32;

    private LuhnMod32() {
    }

    /** The check value to append to {@code values}. */
    static int checkValue(int[] values) {
        int sum = weightedSum(values, 2);
        return (N - sum % N) % N;
    }

    /** Whether the last value is the correct check value for the ones before it. */
    static boolean isValid(int[] valuesWithCheck) {
        return weightedSum(valuesWithCheck, 1) % N == 0;
    }

    /** Doubles every second value from the right, starting with {@code firstFactor} on the rightmost one. */
    private static int weightedSum(int[] values, int firstFactor) {
        int factor = firstFactor;
        int sum = 0;
        for (int i = values.length - 1; i >= 0; i--) {
            int addend = factor * values[i];
            sum += addend / N + addend % N;
            factor = factor == 2 ? 1 : 2;
        }
        return sum;
    }
}
