package org.candour.disclosure;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The verifier's own exact linear algebra (deliberately not shared with the engine): a reduced row echelon basis
 * over the respondents, integer rows kept primitive, {@code Math.*Exact} everywhere.
 *
 * <p>Membership has a modular shortcut that can only ever answer "no" when the exact answer is "no": a vector in
 * the span is orthogonal to the null space, so its product with a random null-space vector (see
 * {@link #nullSpaceHashes}) is 0 modulo P. A non-zero product therefore proves it is outside; a zero product
 * falls through to the exact reduction. Most candidates the verifier tries are outside the span, and the exact
 * reduction of a dense vector is what its run time was spent on. The modular arithmetic is the verifier's own too,
 * not the engine's {@code ModularCertificate}: a fault shared by both would pass unseen.
 */
final class VerifierBasis {

    static final long P = (1L << 61) - 1;
    private static final long SEED = 0xC0FFEEL;

    private final List<long[]> rows = new ArrayList<>();
    private final List<Integer> pivots = new ArrayList<>();
    /** Per column, a random null-space vector modulo P; null until first asked for, and after every add. */
    private long[] hashes;

    void add(long[] vector) {
        hashes = null;
        long[] v = reduce(vector.clone());
        int pivot = firstNonZero(v);
        if (pivot < 0) {
            return;
        }
        if (v[pivot] < 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] = -v[i];
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            long[] row = rows.get(r);
            if (row[pivot] != 0) {
                rows.set(r, primitive(combine(row, v, pivot)));
            }
        }
        rows.add(v);
        pivots.add(pivot);
    }

    /** Whether the indicator of {@code set} over {@code columns} columns is in the span: the same answer as {@link #containsExactly}, sooner. */
    boolean containsIndicator(BitSet set, int columns) {
        long[] h = nullSpaceHashes(columns);
        if (h != null) {
            long product = 0;
            for (int c = set.nextSetBit(0); c >= 0; c = set.nextSetBit(c + 1)) {
                product = add(product, h[c]);
            }
            if (product != 0) {
                return false;
            }
        }
        long[] vector = new long[columns];
        set.stream().forEach(c -> vector[c] = 1);
        return containsExactly(vector);
    }

    /** Membership by exact reduction alone. */
    boolean containsExactly(long[] vector) {
        return firstNonZero(reduce(vector.clone())) < 0;
    }

    /**
     * h = sum over free columns c of w_c z_c, with z_c the null-space vector that is 1 at c, 0 at the other free
     * columns and -row[c] / row[pivot] at each row's pivot, and random w_c, all modulo P: h[c] = w_c on free
     * columns, minus the w-weighted free part of the row divided by its pivot value on pivot columns. Null when a
     * pivot value is a multiple of P (then only the exact path is used).
     */
    long[] nullSpaceHashes(int columns) {
        if (hashes == null || hashes.length != columns) {
            hashes = computeHashes(columns);
        }
        return hashes;
    }

    private long[] computeHashes(int columns) {
        SplittableRandom random = new SplittableRandom(SEED);
        long[] h = new long[columns];
        boolean[] pivot = new boolean[columns];
        for (int p : pivots) {
            pivot[p] = true;
        }
        for (int c = 0; c < columns; c++) {
            if (!pivot[c]) {
                h[c] = 1 + random.nextLong(P - 1);
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            long[] row = rows.get(i);
            int p = pivots.get(i);
            long pivotValue = reduce(row[p]);
            if (pivotValue == 0) {
                return null;
            }
            long weighted = 0;
            for (int c = 0; c < columns; c++) {
                if (row[c] != 0 && !pivot[c]) {
                    weighted = add(weighted, multiply(reduce(row[c]), h[c]));
                }
            }
            h[p] = negate(multiply(weighted, inverse(pivotValue)));
        }
        return h;
    }

    List<long[]> rows() {
        return rows;
    }

    /** Pivot column of each row of {@link #rows()}; no other row has a non-zero entry there. */
    List<Integer> pivots() {
        return pivots;
    }

    private long[] reduce(long[] v) {
        for (int r = 0; r < rows.size(); r++) {
            int pivot = pivots.get(r);
            if (v[pivot] != 0) {
                v = primitive(combine(v, rows.get(r), pivot));
            }
        }
        return v;
    }

    /** target * p - target[c] * row... scaled so that column c of the result is zero. */
    private static long[] combine(long[] target, long[] row, int column) {
        long a = row[column];
        long b = target[column];
        long g = gcd(Math.abs(a), Math.abs(b));
        long fa = a / g;
        long fb = b / g;
        if (fa < 0) {
            fa = -fa;
            fb = -fb;
        }
        long[] result = new long[target.length];
        for (int i = 0; i < target.length; i++) {
            result[i] = Math.subtractExact(Math.multiplyExact(fa, target[i]), Math.multiplyExact(fb, row[i]));
        }
        return result;
    }

    private static long[] primitive(long[] v) {
        long g = 0;
        for (long x : v) {
            g = gcd(g, Math.abs(x));
        }
        if (g > 1) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= g;
            }
        }
        return v;
    }

    private static int firstNonZero(long[] v) {
        for (int i = 0; i < v.length; i++) {
            if (v[i] != 0) {
                return i;
            }
        }
        return -1;
    }

    static long reduce(long value) {
        long r = value % P;
        return r < 0 ? r + P : r;
    }

    static long add(long a, long b) {
        long s = a + b;
        return s >= P ? s - P : s;
    }

    static long negate(long a) {
        return a == 0 ? 0 : P - a;
    }

    /** a * b modulo P for 0 <= a, b < P: the 122-bit product folded at bit 61, since 2^61 = 1 modulo P. */
    static long multiply(long a, long b) {
        long low = a * b;
        long high = Math.multiplyHigh(a, b);
        long folded = (low & P) + (low >>> 61) + (high << 3);
        folded = (folded & P) + (folded >>> 61);
        return folded >= P ? folded - P : folded;
    }

    private static long inverse(long a) {
        return BigInteger.valueOf(a).modInverse(BigInteger.valueOf(P)).longValue();
    }

    private static long gcd(long x, long y) {
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        return x;
    }
}
