package org.candour.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The guarantee itself, not a list of targets: finds every set of 1..k-1 (respondents or answerers) whose
 * indicator lies in the span of the published cells of one level, and names a cell to suppress for each.
 *
 * <p><b>Why the search is complete.</b> Let R be the reduced row echelon form of the published cells over the
 * atoms, each row scaled so that its pivot is 1. A vector x of the span equals {@code sum_i x[pivot_i] R_i}, so a
 * set S is obtainable exactly when S's indicator is the sum of the rows whose pivot atom lies in S. A small S
 * holds only small atoms, so only rows with a small pivot atom can take part; big atoms are preferred as pivots so
 * that they take as many pivots as possible. If S splits into groups of rows with disjoint supports, each group
 * is itself an obtainable small set, so it is enough to grow sets from a first row (the lowest index) by adding
 * rows that touch a column where the partial sum is not yet a 0/1 indicator of small atoms (some row of S must
 * touch it), or, when the partial sum is a valid but too large set, a column where it is 1. Every row adds its
 * pivot atom (size at least 1), so the depth is at most k-1. Arithmetic is exact ({@code Math.*Exact}; an overflow
 * throws rather than answering wrongly).
 *
 * <p>Which cell to suppress is only a preference (modular bookkeeping is enough there): a cell that every
 * derivation of S uses, found from one representation of S and the left kernel of the published cells; else a
 * cell that the representation uses. The caller loops until nothing is found, so each found set is broken in the
 * end whatever the choice.
 */
final class SmallSetSearch {

    /** Bound on the search tree per run; beyond it the remaining starts are treated as found (safe side). */
    private static final int NODE_BUDGET = 2_000_000;
    private static final int MAX_SETS_PER_RUN = 64;

    private final CellIndex index;
    private final int k;

    SmallSetSearch(CellIndex index, int k) {
        this.index = index;
        this.k = k;
    }

    /**
     * @param hidden per cell: not published at this level
     * @param size   per cell: size at this level (for the suppression preference)
     * @return cells to suppress, empty when no set of 1..k-1 is obtainable
     */
    TreeSet<Integer> cellsToHide(LevelAtoms atoms, boolean[] hidden, int[] size) {
        Problem problem = new Problem(atoms, hidden, size);
        List<int[]> found = new Finder(problem).run();
        TreeSet<Integer> chosen = new TreeSet<>();
        for (int[] rows : found) {
            long[] lambda = new long[problem.cellOfInput.length];
            for (int row : rows) {
                problem.echelon.addCombination(row, lambda);
            }
            if (chosen.stream().anyMatch(cell -> lambda[problem.inputOfCell[cell]] != 0)) {
                continue; // a cell already chosen this round takes part in this derivation
            }
            chosen.add(problem.choose(lambda, size));
        }
        return chosen;
    }

    /**
     * The published cells of one level as rows over columns, reduced. Atoms that every published cell treats
     * alike (same cells, e.g. differing only in categories whose cells are all suppressed) are one column: every
     * vector of the span is constant on them. Big columns (k or more) come first as pivots; rows are inserted
     * deepest node first, so that the low, local cells are reduced before the wide ones.
     */
    private final class Problem {
        final int[] cellOfInput;
        final int[] inputOfCell;
        final int[] columnSize;
        final SparseEchelon echelon;

        Problem(LevelAtoms atoms, boolean[] hidden, int[] size) {
            inputOfCell = new int[index.cellCount];
            Arrays.fill(inputOfCell, -1);
            List<Integer> inputs = new ArrayList<>();
            for (int depth = maxDepth(); depth >= 0; depth--) {
                for (int cell = 0; cell < index.cellCount; cell++) {
                    if (!hidden[cell] && size[cell] > 0 && index.depth[index.cellNode[cell]] == depth) {
                        inputOfCell[cell] = inputs.size();
                        inputs.add(cell);
                    }
                }
            }
            cellOfInput = inputs.stream().mapToInt(Integer::intValue).toArray();
            Map<List<Integer>, Integer> columnOfPattern = new HashMap<>();
            List<Integer> sizes = new ArrayList<>();
            List<List<Integer>> onesOfInput = new ArrayList<>();
            for (int i = 0; i < cellOfInput.length; i++) {
                onesOfInput.add(new ArrayList<>());
            }
            List<List<Integer>> patterns = new ArrayList<>();
            for (int atom = 0; atom < atoms.count(); atom++) {
                List<Integer> pattern = new ArrayList<>();
                for (int node = atoms.node[atom]; node >= 0; node = index.parent[node]) {
                    for (int coordinate : atoms.coordinates[atom]) {
                        int cell = index.cellAt[node][coordinate];
                        if (cell >= 0 && inputOfCell[cell] >= 0) {
                            pattern.add(inputOfCell[cell]);
                        }
                    }
                }
                Integer column = columnOfPattern.get(pattern);
                if (column == null) {
                    columnOfPattern.put(pattern, sizes.size());
                    patterns.add(pattern);
                    sizes.add(atoms.size[atom]);
                } else {
                    sizes.set(column, sizes.get(column) + atoms.size[atom]);
                }
            }
            columnSize = sizes.stream().mapToInt(Integer::intValue).toArray();
            for (int column = 0; column < patterns.size(); column++) {
                for (int input : patterns.get(column)) {
                    onesOfInput.get(input).add(column);
                }
            }
            boolean[] big = new boolean[columnSize.length];
            for (int column = 0; column < big.length; column++) {
                big[column] = columnSize[column] >= k;
            }
            echelon = new SparseEchelon(columnSize.length, cellOfInput.length, big);
            for (int input = 0; input < cellOfInput.length; input++) {
                echelon.insert(input, onesOfInput.get(input).stream().mapToInt(Integer::intValue).sorted().toArray());
            }
        }

        private int maxDepth() {
            int deepest = 0;
            for (int node = 0; node < index.nodeCount; node++) {
                deepest = Math.max(deepest, index.depth[node]);
            }
            return deepest;
        }

        /** The cheapest cell every derivation needs, else the cheapest cell this derivation uses. */
        int choose(long[] lambda, int[] size) {
            int needed = -1;
            int used = -1;
            for (int input = 0; input < lambda.length; input++) {
                if (lambda[input] == 0) {
                    continue;
                }
                int cell = cellOfInput[input];
                if (!echelon.dependent(input) && SuppressionCost.cheaper(index, size, cell, needed)) {
                    needed = cell;
                }
                if (SuppressionCost.cheaper(index, size, cell, used)) {
                    used = cell;
                }
            }
            if (used < 0) {
                throw new IllegalStateException("obtainable set without a published cell");
            }
            return needed >= 0 ? needed : used;
        }
    }

    /** The search over sums of rows with small pivot atoms. */
    private final class Finder {
        private final SparseEchelon echelon;
        private final int[] atomSize;
        private final boolean[] isPivot;
        /** Per row: its non-pivot columns and values (rows with a big pivot atom are never used). */
        private final int[][] freeColumns;
        private final long[][] freeValues;
        /** Per column: the usable rows that touch it. */
        private final int[][] touching;
        private final List<int[]> found = new ArrayList<>();
        private final long[] sum;
        private final boolean[] listed;
        private final int[] stack;
        private int budget = NODE_BUDGET;
        private int depthFound;

        Finder(Problem problem) {
            this.echelon = problem.echelon;
            atomSize = problem.columnSize;
            int width = atomSize.length;
            isPivot = new boolean[width];
            for (int row = 0; row < echelon.rank(); row++) {
                isPivot[echelon.pivotColumn(row)] = true;
            }
            freeColumns = new int[echelon.rank()][];
            freeValues = new long[echelon.rank()][];
            List<List<Integer>> touchingLists = new ArrayList<>();
            for (int column = 0; column < width; column++) {
                touchingLists.add(new ArrayList<>());
            }
            for (int row = 0; row < echelon.rank(); row++) {
                if (!usable(row)) {
                    continue;
                }
                int[] columns = echelon.columns(row);
                long[] values = echelon.values(row);
                freeColumns[row] = new int[columns.length - 1];
                freeValues[row] = new long[columns.length - 1];
                int n = 0;
                for (int i = 0; i < columns.length; i++) {
                    if (!isPivot[columns[i]]) {
                        freeColumns[row][n] = columns[i];
                        freeValues[row][n++] = values[i];
                        touchingLists.get(columns[i]).add(row);
                    }
                }
            }
            touching = touchingLists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);
            sum = new long[width];
            listed = new boolean[width];
            stack = new int[k];
        }

        private boolean usable(int row) {
            return atomSize[echelon.pivotColumn(row)] < k;
        }

        List<int[]> run() {
            for (int start = 0; start < echelon.rank() && found.size() < MAX_SETS_PER_RUN; start++) {
                if (!usable(start)) {
                    continue;
                }
                stack[0] = start;
                if (budget <= 0 || grow(1, atomSize[echelon.pivotColumn(start)])) {
                    // Found (or undecided after the budget: treated as found, which only costs suppression).
                    found.add(budget <= 0 ? new int[] {start} : Arrays.copyOf(stack, depthFound));
                }
            }
            return found;
        }

        /** Whether the rows stack[0..depth) can be completed into an obtainable small set (left in the stack). */
        private boolean grow(int depth, int pivotSize) {
            if (--budget <= 0) {
                return true;
            }
            long denominator = 1;
            for (int i = 0; i < depth; i++) {
                denominator = lcm(denominator, echelon.pivotValue(stack[i]));
            }
            List<Integer> columns = new ArrayList<>();
            for (int i = 0; i < depth; i++) {
                int row = stack[i];
                long scale = denominator / echelon.pivotValue(row);
                for (int j = 0; j < freeColumns[row].length; j++) {
                    int column = freeColumns[row][j];
                    if (!listed[column]) {
                        listed[column] = true;
                        columns.add(column);
                    }
                    sum[column] = Math.addExact(sum[column], Math.multiplyExact(scale, freeValues[row][j]));
                }
            }
            int bad = -1;
            int setSize = pivotSize;
            List<Integer> ones = new ArrayList<>();
            for (int column : columns) {
                long value = sum[column];
                if (value == 0) {
                    continue;
                }
                if (value != denominator || atomSize[column] >= k) {
                    if (bad < 0 || touching[column].length < touching[bad].length) {
                        bad = column;
                    }
                } else {
                    setSize += atomSize[column];
                    ones.add(column);
                }
            }
            for (int column : columns) {
                sum[column] = 0;
                listed[column] = false;
            }
            if (bad < 0 && setSize < k) {
                depthFound = depth;
                return true;
            }
            if (depth >= k - 1) {
                return false;
            }
            TreeSet<Integer> next = new TreeSet<>();
            if (bad >= 0) {
                for (int row : touching[bad]) {
                    next.add(row);
                }
            } else {
                for (int column : ones) {
                    for (int row : touching[column]) {
                        next.add(row);
                    }
                }
            }
            for (int row : next) {
                int extra = atomSize[echelon.pivotColumn(row)];
                if (row <= stack[0] || pivotSize + extra >= k || inStack(row, depth)) {
                    continue;
                }
                stack[depth] = row;
                if (grow(depth + 1, pivotSize + extra)) {
                    return true;
                }
            }
            return false;
        }

        private boolean inStack(int row, int depth) {
            for (int i = 0; i < depth; i++) {
                if (stack[i] == row) {
                    return true;
                }
            }
            return false;
        }
    }

    private static long lcm(long x, long y) {
        return Math.multiplyExact(x / IntegerElimination.gcd(x, y), y);
    }
}
