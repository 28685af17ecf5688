package org.candour.disclosure;

import java.util.Arrays;

/**
 * Splits one search into a few shallow ones without losing completeness.
 *
 * <p>The small columns are split into disjoint groups G_1..G_m, each with a weight limit q_j, such that the
 * limits plus one add up to at least k. A set S of fewer than k respondents then has weight at most q_j inside
 * some group G_j: were it q_j + 1 or more in every group, S would hold at least k. So it is enough to search, for
 * each group, only the sets whose pivot atoms inside that group weigh at most q_j. Each such search is much
 * shallower than one search of depth k - 1, and together they miss nothing.
 *
 * <p>The searches run in order, and each may assume that the earlier ones completed without a find: a set still to
 * be found weighs more than q_i in every earlier group, so, weighing less than k in all, it weighs at most a known
 * amount in every other group too ({@link #upperBounds}); the search bounds the pivot atoms of every group. That
 * is what lets the last group take every column left over (a search of those alone would be as deep as the
 * unsplit one): when its turn comes, with limit 0, the set is pinned down in all the others.
 *
 * <p>Which columns go to which group decides only the speed: a group whose columns are linearly independent can
 * take (almost) every pivot, so its limit binds almost every row. Groups are therefore grown greedily as
 * independent sets (tested modulo a prime: a wrong answer there costs time, never completeness), widest columns
 * first, because the reduced rows stay sparsest when the columns in most published cells are pivots.
 */
final class PigeonholeSplit {

    private static final int GROUPS = 4;

    /** Per column: its group, or -1 for big columns. */
    final int[] groupOfColumn;
    /** Per group: the most it may weigh in a set searched for that group. */
    final int[] limit;

    private PigeonholeSplit(int[] groupOfColumn, int[] limit) {
        this.groupOfColumn = groupOfColumn;
        this.limit = limit;
    }

    int groupCount() {
        return limit.length;
    }

    /**
     * Limits whose parts q + 1 add up to exactly k, largest first and the last one 0: for k = 10 they are 3, 2, 1,
     * 0. The first groups are (nearly) bases, so a limit there binds almost every row; the last one holds the
     * columns left over (see {@link #upperBounds}). Measured on the benchmark's 250-node tree at 1,000
     * respondents: 21 + 5 + 1 + 23 million steps, where the three groups with limits 3, 3, 1 took 132 million.
     */
    static int[] limits(int k) {
        int spare = k - GROUPS;
        int first = (spare + 1) / 2;
        int second = (spare - first + 1) / 2;
        return new int[] {first, second, spare - first - second, 0};
    }

    /**
     * Limits for a table family's search: the same total, spread evenly over the first groups (for k = 10: 2, 2, 2,
     * 0). A family has far fewer columns than the catalogue but many more rows per column (deep, wide trees), and
     * there the first search dominates: on the engine benchmark at 50,000 respondents, the item levels' searches
     * of dimension pairs took 51 + 92 + 182 million steps instead of 822 + 73 + 4 million with {@link #limits}.
     * Over the whole catalogue it is the other way round (at 1,000 respondents the even split runs out of budget).
     */
    static int[] evenLimits(int k) {
        int spare = k - GROUPS;
        int[] limit = new int[GROUPS];
        for (int group = 0; group < GROUPS - 1; group++) {
            limit[group] = spare / (GROUPS - 1) + (group < spare % (GROUPS - 1) ? 1 : 0);
        }
        return limit;
    }

    /**
     * The most each group may weigh in a small set still to be found by the search for group {@code searched},
     * all earlier groups' searches having completed without a find: such a set weighs more than its limit in
     * every earlier group, and less than k in all. The searched group keeps its limit.
     */
    static int[] upperBounds(int[] limit, int searched, int k) {
        int[] bound = new int[limit.length];
        int earlier = 0;
        for (int group = 0; group < searched; group++) {
            earlier += limit[group] + 1;
        }
        for (int group = 0; group < limit.length; group++) {
            int others = group < searched ? earlier - limit[group] - 1 : earlier;
            bound[group] = group == searched ? limit[group] : k - 1 - others;
        }
        return bound;
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
        int last = limit.length - 1;
        ModularColumnSpan bigColumns = new ModularColumnSpan(rows);
        for (int column = 0; column < columns; column++) {
            if (columnSize[column] >= k) {
                bigColumns.add(rowsOfColumn[column]); // the big columns' span first: small columns add to it
            }
        }
        for (int g = 0; g < last; g++) {
            ModularColumnSpan span = bigColumns.copy();
            for (int column : widestFirst) {
                if (columnSize[column] < k && group[column] < 0 && span.add(rowsOfColumn[column])) {
                    group[column] = g;
                }
            }
        }
        for (int column = 0; column < columns; column++) {
            if (columnSize[column] < k && group[column] < 0) {
                group[column] = last;
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
        /** Rows still to clear, smallest first; clearing a row only ever adds larger ones. */
        private final RowQueue live;

        ModularColumnSpan(int rows) {
            this(new int[rows][], new long[rows][]);
        }

        private ModularColumnSpan(int[][] pivotEntries, long[][] pivotValues) {
            this.pivotEntries = pivotEntries;
            this.pivotValues = pivotValues;
            scratch = new long[pivotEntries.length];
            live = new RowQueue(pivotEntries.length);
        }

        /** The same span, to grow separately (stored pivot rows are never changed, so they are shared). */
        ModularColumnSpan copy() {
            return new ModularColumnSpan(pivotEntries.clone(), pivotValues.clone());
        }

        /** Adds the vector with ones at {@code ones} (distinct); whether it was independent of those before. */
        boolean add(int[] ones) {
            for (int row : ones) {
                scratch[row] = 1;
                live.add(row);
            }
            while (!live.isEmpty()) {
                int row = live.poll();
                long value = scratch[row];
                if (value == 0) {
                    continue;
                }
                if (pivotEntries[row] == null) {
                    store(row);
                    return true;
                }
                scratch[row] = 0;
                for (int i = 1; i < pivotEntries[row].length; i++) {
                    int other = pivotEntries[row][i];
                    live.add(other);
                    scratch[other] = ModularCertificate.subtract(scratch[other],
                            ModularCertificate.multiply(value, pivotValues[row][i]));
                }
            }
            return false;
        }

        private void store(int pivot) {
            long inverse = ModularCertificate.inverse(scratch[pivot]);
            int[] rest = live.drain();
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

    /** A min-heap of distinct row numbers, without boxing. */
    private static final class RowQueue {
        private final int[] heap;
        private final boolean[] queued;
        private int size;

        RowQueue(int rows) {
            heap = new int[rows];
            queued = new boolean[rows];
        }

        boolean isEmpty() {
            return size == 0;
        }

        void add(int row) {
            if (queued[row]) {
                return;
            }
            queued[row] = true;
            int at = size++;
            while (at > 0 && heap[(at - 1) / 2] > row) {
                heap[at] = heap[(at - 1) / 2];
                at = (at - 1) / 2;
            }
            heap[at] = row;
        }

        int poll() {
            int top = heap[0];
            queued[top] = false;
            int last = heap[--size];
            int at = 0;
            while (2 * at + 1 < size) {
                int child = 2 * at + 1;
                if (child + 1 < size && heap[child + 1] < heap[child]) {
                    child++;
                }
                if (heap[child] >= last) {
                    break;
                }
                heap[at] = heap[child];
                at = child;
            }
            heap[at] = last;
            return top;
        }

        /** Empties the queue; its rows in increasing order. */
        int[] drain() {
            int[] rows = Arrays.copyOf(heap, size);
            Arrays.sort(rows);
            for (int row : rows) {
                queued[row] = false;
            }
            size = 0;
            return rows;
        }
    }
}
