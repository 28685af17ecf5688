package org.candour.disclosure;

import java.util.Arrays;

/**
 * Exact integer Gaussian elimination of one node's rows, with a log of every row operation so that the same
 * transformation can later be applied backwards (see {@link SpanCheck}). Rows are divided by their content when a
 * non-unit pivot was used, which keeps entries small, and switch to BigInteger when they do not fit in a long
 * ({@link ExactRow}). The log keeps the multipliers modulo p only, which is all the backward pass reads.
 */
final class IntegerElimination {

    /** Operation kinds in the log. */
    static final byte COMBINE = 0;
    static final byte DIVIDE = 1;

    final ExactRow[] rows;
    private final int width;
    private int[] live;
    private int liveCount;

    private int opCount;
    private byte[] opKind = new byte[64];
    private int[] opRow = new int[64];
    private int[] opPivot = new int[64];
    private long[] opAlpha = new long[64];
    private long[] opBeta = new long[64];

    private int[] outputs = new int[0];
    private int[] zeros = new int[0];

    IntegerElimination(ExactRow[] rows, int width) {
        this.rows = rows;
        this.width = width;
        live = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            live[i] = i;
        }
        liveCount = rows.length;
    }

    /** Eliminates {@code column} with some live row as pivot and drops that row: the column is free. */
    void project(int column) {
        int at = choosePivot(column, 0);
        if (at < 0) {
            return;
        }
        int pivot = live[at];
        live[at] = live[--liveCount];
        int[] nonZeros = rows[pivot].nonZeros();
        for (int i = 0; i < liveCount; i++) {
            if (!rows[live[i]].isZero(column)) {
                combine(live[i], pivot, column, nonZeros);
            }
        }
    }

    /** Row echelon form of the live rows: the rest of the system, plus the all-zero rows. */
    void echelon() {
        int top = 0;
        for (int column = 0; column < width && top < liveCount; column++) {
            int at = choosePivot(column, top);
            if (at < 0) {
                continue;
            }
            int pivot = live[at];
            live[at] = live[top];
            live[top] = pivot;
            int[] nonZeros = rows[pivot].nonZeros();
            for (int i = top + 1; i < liveCount; i++) {
                if (!rows[live[i]].isZero(column)) {
                    combine(live[i], pivot, column, nonZeros);
                }
            }
            top++;
        }
        outputs = Arrays.copyOf(live, top);
        zeros = Arrays.copyOfRange(live, top, liveCount);
    }

    int[] outputs() {
        return outputs;
    }

    int[] zeros() {
        return zeros;
    }

    int opCount() {
        return opCount;
    }

    byte opKind(int op) {
        return opKind[op];
    }

    int opRow(int op) {
        return opRow[op];
    }

    int opPivot(int op) {
        return opPivot[op];
    }

    long opAlpha(int op) {
        return opAlpha[op];
    }

    long opBeta(int op) {
        return opBeta[op];
    }

    /** row := alpha * row - beta * pivot (alpha > 0, clearing the column), logged with residues modulo p. */
    private void combine(int row, int pivot, int column, int[] pivotNonZeros) {
        long[] ops = rows[row].clear(rows[pivot], column, pivotNonZeros);
        log(COMBINE, row, pivot, ops[0], ops[1]);
        if (ops[2] != 1) {
            log(DIVIDE, row, -1, ops[2], 0);
        }
    }

    private void log(byte kind, int row, int pivot, long alpha, long beta) {
        if (opCount == opKind.length) {
            int size = opCount * 2;
            opKind = Arrays.copyOf(opKind, size);
            opRow = Arrays.copyOf(opRow, size);
            opPivot = Arrays.copyOf(opPivot, size);
            opAlpha = Arrays.copyOf(opAlpha, size);
            opBeta = Arrays.copyOf(opBeta, size);
        }
        opKind[opCount] = kind;
        opRow[opCount] = row;
        opPivot[opCount] = pivot;
        opAlpha[opCount] = alpha;
        opBeta[opCount] = beta;
        opCount++;
    }

    private int choosePivot(int column, int from) {
        int best = -1;
        for (int i = from; i < liveCount; i++) {
            ExactRow row = rows[live[i]];
            if (row.isZero(column)) {
                continue;
            }
            if (row.isUnit(column)) {
                return i;
            }
            if (best < 0 || row.smallerThan(column, rows[live[best]], column)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Greatest common divisor. Binary (shifts and subtractions, no division: this is the elimination's hottest
     * line), with Euclid's algorithm for a negative argument (only Long.MIN_VALUE can reach here as one).
     */
    static long gcd(long x, long y) {
        if (x == 1 || y == 1) {
            return 1;
        }
        if (x == 0 || y == 0) {
            return x == 0 ? y : x;
        }
        if (x < 0 || y < 0) {
            while (y != 0) {
                long t = x % y;
                x = y;
                y = t;
            }
            return Math.abs(x);
        }
        int shift = Long.numberOfTrailingZeros(x | y);
        x >>= Long.numberOfTrailingZeros(x);
        do {
            y >>= Long.numberOfTrailingZeros(y);
            if (x > y) {
                long t = x;
                x = y;
                y = t;
            }
            y -= x;
        } while (y != 0);
        return x << shift;
    }
}
