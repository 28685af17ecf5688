package org.candour.disclosure;

import java.util.Arrays;

/**
 * Reduced row echelon form of sparse integer rows, built one row at a time (Gauss-Jordan): every pivot column is
 * zero in all other rows. Entries are exact ({@code Math.*Exact}, rows kept primitive; an overflow throws, never
 * rounds). Each row also carries, modulo p, its combination of the inserted rows, and rows that reduce to zero
 * are remembered as dependencies; both only guide the choice of a cell to suppress, so a search that finds nothing
 * builds the form without them (the same rows: the log never steers the elimination).
 *
 * <p>The pivot of a new row is chosen among its columns by the caller's {@code priority} first (lowest wins), then
 * by the fewest rows already touching the column (less fill), then the lowest column.
 */
final class SparseEchelon {

    private static final int[] NO_INPUTS = new int[0];
    private static final long[] NO_COEFFICIENTS = new long[0];

    private final int width;
    private final int[] priority;
    /** Whether rows carry their combination of inputs (dependencies and {@link #addCombination} need it). */
    private final boolean logged;
    private int rank;
    private int[][] columns = new int[16][];
    private long[][] values = new long[16][];
    private int[][] logInputs = new int[16][];
    private long[][] logCoefficients = new long[16][];
    private int[] pivotColumn = new int[16];
    private final int[] rowOfPivot;
    /** Rows that may touch each column (stale entries are checked on use). */
    private final int[][] touching;
    private final int[] touchingCount;
    /** Inputs that took part in some dependency (a zero combination). */
    private final boolean[] dependent;

    private final long[] scratch;
    private final long[] scratchLog;
    private final boolean[] inScratch;
    private final boolean[] inScratchLog;

    SparseEchelon(int width, int inputs, int[] priority, boolean logged) {
        this.width = width;
        this.priority = priority;
        this.logged = logged;
        rowOfPivot = new int[width];
        Arrays.fill(rowOfPivot, -1);
        touching = new int[width][];
        touchingCount = new int[width];
        dependent = new boolean[inputs];
        scratch = new long[width];
        inScratch = new boolean[width];
        scratchLog = new long[inputs];
        inScratchLog = new boolean[inputs];
    }

    int rank() {
        return rank;
    }

    int pivotColumn(int row) {
        return pivotColumn[row];
    }

    long pivotValue(int row) {
        int at = Arrays.binarySearch(columns[row], pivotColumn[row]);
        return values[row][at];
    }

    int[] columns(int row) {
        return columns[row];
    }

    long[] values(int row) {
        return values[row];
    }

    boolean isPivot(int column) {
        return rowOfPivot[column] >= 0;
    }

    /** Whether input {@code input} takes part in a linear dependency among the inserted rows. */
    boolean dependent(int input) {
        requireLog();
        return dependent[input];
    }

    /** Modular coefficients per input of row {@code row} divided by its pivot value, added into {@code into}. */
    void addCombination(int row, long[] into) {
        requireLog();
        long inverse = ModularCertificate.inverse(ModularCertificate.reduce(pivotValue(row)));
        for (int i = 0; i < logInputs[row].length; i++) {
            int input = logInputs[row][i];
            into[input] = ModularCertificate.add(into[input],
                    ModularCertificate.multiply(logCoefficients[row][i], inverse));
        }
    }

    /** Inserts the 0/1 row with ones at {@code ones} (sorted), input number {@code input}. */
    void insert(int input, int[] ones) {
        int[] touched = new int[ones.length];
        int touchedCount = 0;
        for (int column : ones) {
            scratch[column] = 1;
            inScratch[column] = true;
            touched[touchedCount++] = column;
        }
        int[] logTouched = new int[] {input};
        int logCount = logged ? 1 : 0;
        if (logged) {
            scratchLog[input] = 1;
            inScratchLog[input] = true;
        }
        for (int column : ones) {
            int row = rowOfPivot[column];
            if (row < 0 || scratch[column] == 0) {
                continue;
            }
            long f = scratch[column];
            long g = pivotValue(row);
            long d = IntegerElimination.gcd(Math.abs(f), g);
            long alpha = g / d;
            long beta = f / d;
            if (alpha != 1) {
                for (int i = 0; i < touchedCount; i++) {
                    scratch[touched[i]] = Math.multiplyExact(alpha, scratch[touched[i]]);
                }
                long alphaMod = ModularCertificate.reduce(alpha);
                for (int i = 0; i < logCount; i++) {
                    scratchLog[logTouched[i]] = ModularCertificate.multiply(alphaMod, scratchLog[logTouched[i]]);
                }
            }
            for (int i = 0; i < columns[row].length; i++) {
                int c = columns[row][i];
                if (!inScratch[c]) {
                    inScratch[c] = true;
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, touched.length * 2 + 4);
                    }
                    touched[touchedCount++] = c;
                }
                scratch[c] = Math.subtractExact(scratch[c], Math.multiplyExact(beta, values[row][i]));
            }
            long betaMod = ModularCertificate.reduce(beta);
            for (int i = 0; logged && i < logInputs[row].length; i++) {
                int in = logInputs[row][i];
                if (!inScratchLog[in]) {
                    inScratchLog[in] = true;
                    if (logCount == logTouched.length) {
                        logTouched = Arrays.copyOf(logTouched, logTouched.length * 2 + 4);
                    }
                    logTouched[logCount++] = in;
                }
                scratchLog[in] = ModularCertificate.subtract(scratchLog[in],
                        ModularCertificate.multiply(betaMod, logCoefficients[row][i]));
            }
        }
        Arrays.sort(touched, 0, touchedCount);
        int n = 0;
        long content = 0;
        for (int i = 0; i < touchedCount; i++) {
            if (scratch[touched[i]] != 0) {
                n++;
                content = content == 1 ? 1 : IntegerElimination.gcd(content, Math.abs(scratch[touched[i]]));
            }
        }
        int[] rowColumns = new int[n];
        long[] rowValues = new long[n];
        n = 0;
        for (int i = 0; i < touchedCount; i++) {
            int c = touched[i];
            if (scratch[c] != 0) {
                rowColumns[n] = c;
                rowValues[n++] = scratch[c] / content;
            }
            scratch[c] = 0;
            inScratch[c] = false;
        }
        Arrays.sort(logTouched, 0, logCount);
        int[] rowLogInputs = Arrays.copyOf(logTouched, logCount);
        long[] rowLog = new long[logCount];
        long contentInverse = n == 0 || !logged ? 1 : ModularCertificate.inverse(ModularCertificate.reduce(content));
        for (int i = 0; i < logCount; i++) {
            rowLog[i] = ModularCertificate.multiply(scratchLog[logTouched[i]], contentInverse);
            scratchLog[logTouched[i]] = 0;
            inScratchLog[logTouched[i]] = false;
        }
        if (n == 0) {
            for (int i = 0; i < logCount; i++) {
                if (rowLog[i] != 0) {
                    dependent[rowLogInputs[i]] = true;
                }
            }
            return;
        }
        addRow(rowColumns, rowValues, rowLogInputs, rowLog);
    }

    private void addRow(int[] rowColumns, long[] rowValues, int[] rowLogInputs, long[] rowLog) {
        int pivot = -1;
        int pivotAt = -1;
        for (int i = 0; i < rowColumns.length; i++) {
            int c = rowColumns[i];
            if (pivot < 0 || better(c, pivot)) {
                pivot = c;
                pivotAt = i;
            }
        }
        if (rowValues[pivotAt] < 0) {
            for (int i = 0; i < rowValues.length; i++) {
                rowValues[i] = -rowValues[i];
            }
            for (int i = 0; i < rowLog.length; i++) {
                rowLog[i] = ModularCertificate.subtract(0, rowLog[i]);
            }
        }
        if (rank == columns.length) {
            int size = rank * 2;
            columns = Arrays.copyOf(columns, size);
            values = Arrays.copyOf(values, size);
            logInputs = Arrays.copyOf(logInputs, size);
            logCoefficients = Arrays.copyOf(logCoefficients, size);
            pivotColumn = Arrays.copyOf(pivotColumn, size);
        }
        int row = rank++;
        columns[row] = rowColumns;
        values[row] = rowValues;
        logInputs[row] = rowLogInputs;
        logCoefficients[row] = rowLog;
        pivotColumn[row] = pivot;
        rowOfPivot[pivot] = row;
        int[] others = touching[pivot] == null ? new int[0] : Arrays.copyOf(touching[pivot], touchingCount[pivot]);
        for (int other : others) {
            int at = Arrays.binarySearch(columns[other], pivot);
            if (other != row && at >= 0) {
                clearColumn(other, row, values[other][at], rowValues[pivotAt]);
            }
        }
        touchingCount[pivot] = 0;
        for (int c : rowColumns) {
            addTouching(c, row);
        }
    }

    private boolean better(int column, int current) {
        if (priority[column] != priority[current]) {
            return priority[column] < priority[current];
        }
        if (touchingCount[column] != touchingCount[current]) {
            return touchingCount[column] < touchingCount[current];
        }
        return column < current;
    }

    /** other := alpha * other - beta * pivotRow, clearing the pivot column, then made primitive. */
    private void clearColumn(int other, int pivotRow, long f, long g) {
        long d = IntegerElimination.gcd(Math.abs(f), g);
        long alpha = g / d;
        long beta = f / d;
        int[] ac = columns[other];
        long[] av = values[other];
        int[] pc = columns[pivotRow];
        long[] pv = values[pivotRow];
        int[] mergedColumns = new int[ac.length + pc.length];
        long[] mergedValues = new long[ac.length + pc.length];
        int i = 0;
        int j = 0;
        int n = 0;
        long content = 0;
        while (i < ac.length || j < pc.length) {
            int c;
            long value;
            if (j >= pc.length || i < ac.length && ac[i] < pc[j]) {
                c = ac[i];
                value = Math.multiplyExact(alpha, av[i++]);
            } else if (i >= ac.length || pc[j] < ac[i]) {
                c = pc[j];
                value = Math.negateExact(Math.multiplyExact(beta, pv[j++]));
                if (value != 0) {
                    addTouching(c, other);
                }
            } else {
                c = ac[i];
                value = Math.subtractExact(Math.multiplyExact(alpha, av[i++]), Math.multiplyExact(beta, pv[j++]));
            }
            if (value != 0) {
                mergedColumns[n] = c;
                mergedValues[n++] = value;
                content = content == 1 ? 1 : IntegerElimination.gcd(content, Math.abs(value));
            }
        }
        if (content != 1) {
            for (int k = 0; k < n; k++) {
                mergedValues[k] /= content;
            }
        }
        columns[other] = Arrays.copyOf(mergedColumns, n);
        values[other] = Arrays.copyOf(mergedValues, n);
        logInputs[other] = logged ? mergeLog(other, pivotRow, alpha, beta, content) : NO_INPUTS;
    }

    private int[] mergeLog(int other, int pivotRow, long alpha, long beta, long content) {
        long alphaMod = ModularCertificate.reduce(alpha);
        long betaMod = ModularCertificate.reduce(beta);
        long inverse = ModularCertificate.inverse(ModularCertificate.reduce(content));
        int[] ai = logInputs[other];
        long[] av = logCoefficients[other];
        int[] pi = logInputs[pivotRow];
        long[] pv = logCoefficients[pivotRow];
        int[] merged = new int[ai.length + pi.length];
        long[] mergedValues = new long[ai.length + pi.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < ai.length || j < pi.length) {
            int input;
            long value;
            if (j >= pi.length || i < ai.length && ai[i] < pi[j]) {
                input = ai[i];
                value = ModularCertificate.multiply(alphaMod, av[i++]);
            } else if (i >= ai.length || pi[j] < ai[i]) {
                input = pi[j];
                value = ModularCertificate.subtract(0, ModularCertificate.multiply(betaMod, pv[j++]));
            } else {
                input = ai[i];
                value = ModularCertificate.subtract(ModularCertificate.multiply(alphaMod, av[i++]),
                        ModularCertificate.multiply(betaMod, pv[j++]));
            }
            if (value != 0) {
                merged[n] = input;
                mergedValues[n++] = ModularCertificate.multiply(value, inverse);
            }
        }
        logCoefficients[other] = Arrays.copyOf(mergedValues, n);
        return Arrays.copyOf(merged, n);
    }

    private void requireLog() {
        if (!logged) {
            throw new IllegalStateException("built without the combinations of its rows");
        }
    }

        private void addTouching(int column, int row) {
        if (touching[column] == null) {
            touching[column] = new int[4];
        } else if (touchingCount[column] == touching[column].length) {
            touching[column] = Arrays.copyOf(touching[column], touchingCount[column] * 2);
        }
        touching[column][touchingCount[column]++] = row;
    }
}
