package org.candour.disclosure;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Splits one search into a few shallow ones without losing completeness.
 *
 * <p>The small columns are split into disjoint groups G_1..G_m, each with a weight limit q_j, such that the
 * limits plus one add up to at least k. A set S of fewer than k respondents then has weight at most q_j inside
 * some group G_j: were it q_j + 1 or more in every group, S would hold at least k. So it is enough to search, for
 * each group, only the sets whose pivot atoms inside that group weigh at most q_j. Each such search is much
 * shallower than one search of depth k - 1, and together they miss nothing.
 *
 * <p>Which columns go to which group decides only the speed: a group whose columns are linearly independent can
 * take (almost) every pivot, so its limit binds almost every row. Groups are therefore grown greedily as
 * independent sets (tested modulo a prime: a wrong answer there costs time, never completeness), widest columns
 * first, because the reduced rows stay sparsest when the columns in most published cells are pivots.
 */
final class PigeonholeSplit {

    private static final int GROUPS = 3;

    /** Per column: its group, or -1 (big columns and columns left over belong to none). */
    final int[] groupOfColumn;
    /** Per group: the most its pivot atoms may weigh in one searched set. */
    final int[] limit;

    private PigeonholeSplit(int[] groupOfColumn, int[] limit) {
        this.groupOfColumn = groupOfColumn;
        this.limit = limit;
    }

    int groupCount() {
        return limit.length;
    }

    /**
     * Limits (a, a, k - 3 - 2a) with a = (k - 1) / 2 - 1, so that the parts q + 1 add up to exactly k: for k = 10
     * they are 3, 3, 1. Two deep groups and one shallow one, because usually only two independent groups take
     * (nearly) every pivot; the third leaves more rows unbound.
     */
    static int[] limits(int k) {
        int deep = Math.max(0, (k - 1) / 2 - 1);
        return new int[] {deep, deep, k - GROUPS - 2 * deep};
    }

    /**
     * @param rowsOfColumn per column, the published cells (rows) holding it
     * @param rows         the number of published cells
     * @param columnSize   per column, its weight (respondents or answerers)
     * @param limit        per group, its limit: {@link #limits(int)} (tests pass broken ones)
     */
    static PigeonholeSplit of(int[][] rowsOfColumn, int rows, int[] columnSize, int k, int[] limit) {
        int columns = columnSize.length;
        Integer[] widestFirst = new Integer[columns];
        for (int column = 0; column < columns; column++) {
            widestFirst[column] = column;
        }
        Arrays.sort(widestFirst, (a, b) -> rowsOfColumn[a].length != rowsOfColumn[b].length
                ? Integer.compare(rowsOfColumn[b].length, rowsOfColumn[a].length) : Integer.compare(a, b));
        int[] group = new int[columns];
        Arrays.fill(group, -1);
        for (int g = 0; g < limit.length; g++) {
            ModularColumnSpan span = new ModularColumnSpan(rows);
            for (int column = 0; column < columns; column++) {
                if (columnSize[column] >= k) {
                    span.add(rowsOfColumn[column]); // the big columns' span first: small columns add to it
                }
            }
            for (int column : widestFirst) {
                if (columnSize[column] < k && group[column] < 0 && span.add(rowsOfColumn[column])) {
                    group[column] = g;
                }
            }
        }
        return new PigeonholeSplit(group, limit.clone());
    }

    /**
     * Echelon form modulo p of 0/1 column vectors, to test whether a column is independent of those added. Not
     * {@link SparseEchelon}: that one is exact, logs every combination and may overflow; here only independence
     * matters, and a wrong answer would cost speed, never completeness.
     */
    private static final class ModularColumnSpan {
        private final int[][] pivotEntries;
        private final long[][] pivotValues;
        private final long[] scratch;

        ModularColumnSpan(int rows) {
            pivotEntries = new int[rows][];
            pivotValues = new long[rows][];
            scratch = new long[rows];
        }

        /** Adds the vector with ones at {@code ones} (distinct); whether it was independent of those before. */
        boolean add(int[] ones) {
            PriorityQueue<Integer> live = new PriorityQueue<>();
            for (int row : ones) {
                scratch[row] = 1;
                live.add(row);
            }
            while (!live.isEmpty()) {
                int row = live.poll();
                while (!live.isEmpty() && live.peek() == row) {
                    live.poll();
                }
                long value = scratch[row];
                if (value == 0) {
                    continue;
                }
                if (pivotEntries[row] == null) {
                    store(row, live);
                    return true;
                }
                scratch[row] = 0;
                for (int i = 1; i < pivotEntries[row].length; i++) {
                    int other = pivotEntries[row][i];
                    if (scratch[other] == 0) {
                        live.add(other);
                    }
                    scratch[other] = ModularCertificate.subtract(scratch[other],
                            ModularCertificate.multiply(value, pivotValues[row][i]));
                }
            }
            return false;
        }

        private void store(int pivot, PriorityQueue<Integer> live) {
            long inverse = ModularCertificate.inverse(scratch[pivot]);
            int[] rest = live.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
            int[] entries = new int[rest.length + 1];
            long[] values = new long[rest.length + 1];
            int n = 0;
            entries[n] = pivot;
            values[n++] = 1;
            scratch[pivot] = 0;
            for (int row : rest) {
                if (scratch[row] != 0) {
                    entries[n] = row;
                    values[n++] = ModularCertificate.multiply(scratch[row], inverse);
                    scratch[row] = 0;
                }
            }
            pivotEntries[pivot] = Arrays.copyOf(entries, n);
            pivotValues[pivot] = Arrays.copyOf(values, n);
        }
    }
}
