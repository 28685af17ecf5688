package org.candour.disclosure;

/**
 * Arithmetic modulo the Mersenne prime 2^61 - 1, used only to evaluate a certificate: a value that is non-zero
 * modulo p is non-zero over the rationals (all denominators are small integers, invertible modulo p), so it
 * proves "not derivable". A zero value proves nothing and is treated as "derivable" (the safe side).
 */
final class ModularCertificate {

    static final long P = (1L << 61) - 1;

    private ModularCertificate() {}

    static long reduce(long value) {
        long r = value % P;
        return r < 0 ? r + P : r;
    }

    static long add(long a, long b) {
        long s = a + b;
        return s >= P ? s - P : s;
    }

    static long subtract(long a, long b) {
        long s = a - b;
        return s < 0 ? s + P : s;
    }

    static long multiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        long sum = (low & P) + ((low >>> 61) | (high << 3));
        sum = (sum & P) + (sum >>> 61);
        return sum >= P ? sum - P : sum;
    }

    static long inverse(long a) {
        if (a == 0) {
            throw new ArithmeticException("not invertible modulo p");
        }
        if (a == 1 || a == P - 1) {
            return a; // the common case (primitive rows), without the 61 squarings
        }
        long result = 1;
        long base = a;
        long exponent = P - 2;
        while (exponent > 0) {
            if ((exponent & 1) == 1) {
                result = multiply(result, base);
            }
            base = multiply(base, base);
            exponent >>= 1;
        }
        return result;
    }
}
