package org.candour.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * The verifier's own exact linear algebra (deliberately not shared with the engine): a reduced row echelon basis
 * over the respondents, integer rows kept primitive, {@code Math.*Exact} everywhere.
 */
final class VerifierBasis {

    private final List<long[]> rows = new ArrayList<>();
    private final List<Integer> pivots = new ArrayList<>();

    void add(long[] vector) {
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

    boolean contains(long[] vector) {
        return firstNonZero(reduce(vector.clone())) < 0;
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

    private static long gcd(long x, long y) {
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        return x;
    }
}
