package org.candour.disclosure;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * pivot atom (size at least 1), so the depth is at most k-1. Two bounds prune without losing completeness: bad
 * columns whose candidate rows are pairwise disjoint each need their own row, and the rows still to add must
 * together touch every bad column. Arithmetic is exact ({@code Math.*Exact}); an overflow ends the run as
 * incomplete rather than answering wrongly.
 *
 * <p><b>Why it is fast enough.</b> One search of depth k - 1 over wide, dense rows does not end even for a few
 * hundred respondents over a large org tree. {@link PigeonholeSplit} replaces it by four shallow ones (for k = 10:
 * at most 3, 2, 1 and 0 pivot atoms from one group of columns, and in the later searches bounded amounts from the
 * others) whose union is still every small set, and the pivots are taken in the columns held by most published
 * cells, which keeps the rows sparse.
 *
 * <p>Which cell to suppress is only a preference (modular bookkeeping is enough there): a cell that every
 * derivation of S uses, found from one representation of S and the left kernel of the published cells; else a
 * cell that the representation uses. The caller loops until nothing is found, so each found set is broken in the
 * end whatever the choice.
 */
final class SmallSetSearch {

    /**
     * Bounds on one run. Beyond them the search stops and reports itself incomplete (the engine then says so in
     * the release): wide cells of large forces make the reduced rows dense, and the search is exponential in k
     * in the worst case. Small and medium forces stay far below both. A table family (see {@link TableFamilies})
     * has far fewer columns, because respondents that differ only outside the family are one column, so it may
     * take a larger problem: its search completes on the benchmarks' 50,000 respondents (the largest, a pair of
     * dimensions with 8 and 9 categories on the release benchmark's item levels, is 2,820 cells by 8,604 columns).
     */
    private static final long MAX_CELLS_TIMES_COLUMNS = 2_000_000L;
    private static final long MAX_CELLS_TIMES_COLUMNS_OF_FAMILY = 30_000_000L;
    /**
     * Entries the search over the whole catalogue may visit on one level, all its rounds together (a few seconds
     * of work): enough for the benchmark's 250-node tree up to about 1,000 respondents. Per level rather than per
     * round, so that a wave just beyond reach does not pay it again in every round of every item.
     */
    static final long WORK_BUDGET_PER_LEVEL = 120_000_000L;
    /** A family's search is worth more: it is the only complete search a large wave gets (a few seconds at most). */
    private static final long WORK_BUDGET_OF_FAMILY = 200_000_000L;
    private static final int MAX_SETS_PER_RUN = 64;
    private final CellIndex index;
    private final int k;
    private final int[] catalogueLimits;
    private final int[] familyLimits;

    /** {@code brokenSplit}: every group limit one lower, for the test that shows the verifier catches it. */
    SmallSetSearch(CellIndex index, int k, boolean brokenSplit) {
        this.index = index;
        this.k = k;
        catalogueLimits = PigeonholeSplit.limits(k);
        familyLimits = PigeonholeSplit.evenLimits(k);
        if (brokenSplit) {
            for (int group = 0; group < catalogueLimits.length; group++) {
                catalogueLimits[group]--;
                familyLimits[group]--;
            }
        }
    }

    /**
     * @param cells    cells to suppress next (one per obtainable small set found)
     * @param complete whether the search ran to the end; when false and {@code cells} is empty, sets of 1..k-1
     *                 may still be obtainable
     * @param work     entries visited
     */
    record Outcome(TreeSet<Integer> cells, boolean complete, long work) {

        static Outcome beyondBounds() {
            return new Outcome(new TreeSet<>(), false, 0);
        }
    }

    /**
     * Searches the whole catalogue.
     *
     * @param hidden per cell: not published at this level
     * @param size   per cell: size at this level (for the suppression preference)
     * @param budget entries the search may visit: what is left of {@link #WORK_BUDGET_PER_LEVEL} (none: incomplete)
     */
    Outcome cellsToHide(LevelAtoms atoms, boolean[] hidden, int[] size, long budget) {
        if (budget <= 0) {
            return Outcome.beyondBounds();
        }
        long published = 0;
        for (int cell = 0; cell < index.cellCount; cell++) {
            published += !hidden[cell] && size[cell] > 0 ? 1 : 0;
        }
        if (published * atoms.count() > MAX_CELLS_TIMES_COLUMNS) {
            return Outcome.beyondBounds(); // columns are rarely fewer than atoms over the whole catalogue
        }
        return cellsToHide(atoms, hidden, size, MAX_CELLS_TIMES_COLUMNS, budget, catalogueLimits);
    }

    /**
     * Searches one table family: {@code hidden} must already hide every cell outside it (see
     * {@link TableFamilies#restrict}). A set found there is obtainable from the whole release too.
     */
    Outcome cellsToHideInFamily(LevelAtoms atoms, boolean[] hidden, int[] size) {
        return cellsToHide(atoms, hidden, size, MAX_CELLS_TIMES_COLUMNS_OF_FAMILY, WORK_BUDGET_OF_FAMILY, familyLimits);
    }

    private Outcome cellsToHide(LevelAtoms atoms, boolean[] hidden, int[] size, long maxCellsTimesColumns,
            long workBudget, int[] groupLimits) {
        try {
            Problem problem = new Problem(atoms, hidden, size, maxCellsTimesColumns);
            if (problem.onesOfRow == null) {
                return Outcome.beyondBounds();
            }
            PigeonholeSplit split = PigeonholeSplit.of(problem.rowsOfColumn, problem.onesOfRow.length,
                    problem.columnSize, k, groupLimits);
            long budget = workBudget;
            for (int group = 0; group < split.groupCount(); group++) {
                int[] bound = PigeonholeSplit.upperBounds(split.limit, group, k);
                SparseEchelon echelon = problem.reduce(split, bound, false);
                Finder finder = new Finder(problem, echelon, budget, split.groupOfColumn, bound);
                List<int[]> found = finder.run();
                if (!found.isEmpty()) {
                    // The same elimination again, now logging each row's combination of cells: only a find needs it
                    SparseEchelon logged = problem.reduce(split, bound, true);
                    return new Outcome(chooseCells(problem, logged, found, size), !finder.exhausted,
                            workBudget - finder.work);
                }
                if (finder.exhausted) {
                    return new Outcome(new TreeSet<>(), false, workBudget);
                }
                budget = finder.work;
            }
            return new Outcome(new TreeSet<>(), true, workBudget - budget);
        } catch (ArithmeticException overflow) {
            return Outcome.beyondBounds(); // no exact answer: say so rather than guess
        }
    }

    /** One cell per found set, skipping a set that a cell already chosen takes part in. */
    private TreeSet<Integer> chooseCells(Problem problem, SparseEchelon echelon, List<int[]> found, int[] size) {
        TreeSet<Integer> chosen = new TreeSet<>();
        for (int[] rows : found) {
            long[] lambda = new long[problem.cellOfInput.length];
            for (int row : rows) {
                echelon.addCombination(row, lambda);
            }
            if (chosen.stream().anyMatch(cell -> lambda[problem.inputOfCell[cell]] != 0)) {
                continue; // a cell already chosen this round takes part in this derivation
            }
            chosen.add(problem.choose(echelon, lambda, size));
        }
        return chosen;
    }

    /**
     * The published cells of one level as rows over columns, reduced. Atoms that every published cell treats
     * alike (same cells, e.g. differing only in categories whose cells are all suppressed) are one column: every
     * vector of the span is constant on them. Big columns (k or more) are preferred as pivots; rows are inserted
     * deepest node first, so that the low, local cells are reduced before the wide ones.
     */
    private final class Problem {
        final int[] cellOfInput;
        final int[] inputOfCell;
        final int[] columnSize;
        /** Per column: the published cells (rows) that hold it. Null when the problem is beyond the bound. */
        final int[][] rowsOfColumn;
        /** Per published cell (row): its columns, sorted. Null when the problem is beyond the bound. */
        final int[][] onesOfRow;

        Problem(LevelAtoms atoms, boolean[] hidden, int[] size, long maxCellsTimesColumns) {
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
            // Keyed by the published cells (rows) holding an atom: atoms with equal ones are one column. An
            // IntBuffer compares its contents, so it serves as the key of an int[] without boxing.
            Map<IntBuffer, Integer> columnOfPattern = new HashMap<>();
            List<Integer> sizes = new ArrayList<>();
            List<int[]> patterns = new ArrayList<>();
            boolean[] publishes = new boolean[index.nodeCount];
            for (int cell : cellOfInput) {
                publishes[index.cellNode[cell]] = true;
            }
            int[] buffer = new int[index.coordinateCount];
            for (int atom = 0; atom < atoms.count(); atom++) {
                int length = 0;
                for (int node = atoms.node[atom]; node >= 0; node = index.parent[node]) {
                    if (!publishes[node]) {
                        continue; // a family publishes few nodes: most atoms meet none of them
                    }
                    for (int coordinate : atoms.coordinates[atom]) {
                        int cell = index.cellAt[node][coordinate];
                        if (cell >= 0 && inputOfCell[cell] >= 0) {
                            if (length == buffer.length) {
                                buffer = Arrays.copyOf(buffer, 2 * length);
                            }
                            buffer[length++] = inputOfCell[cell];
                        }
                    }
                }
                if (length == 0) {
                    continue; // in no published cell: no obtainable set holds it
                }
                int[] pattern = Arrays.copyOf(buffer, length);
                Integer column = columnOfPattern.putIfAbsent(IntBuffer.wrap(pattern), sizes.size());
                if (column == null) {
                    patterns.add(pattern);
                    sizes.add(atoms.size[atom]);
                } else {
                    sizes.set(column, sizes.get(column) + atoms.size[atom]);
                }
            }
            columnSize = sizes.stream().mapToInt(Integer::intValue).toArray();
            if ((long) cellOfInput.length * columnSize.length > maxCellsTimesColumns) {
                onesOfRow = null;
                rowsOfColumn = null;
                return;
            }
            List<List<Integer>> onesOfInput = new ArrayList<>();
            for (int i = 0; i < cellOfInput.length; i++) {
                onesOfInput.add(new ArrayList<>());
            }
            for (int column = 0; column < patterns.size(); column++) {
                for (int input : patterns.get(column)) {
                    onesOfInput.get(input).add(column);
                }
            }
            rowsOfColumn = patterns.toArray(int[][]::new);
            onesOfRow = onesOfInput.stream().map(ones -> ones.stream().mapToInt(Integer::intValue).sorted().toArray())
                    .toArray(int[][]::new);
        }

        /**
         * The reduced rows for one group's search ({@code logged}: with each row's combination of cells, which
         * only the choice of a cell to suppress needs). Pivots: columns no searched set holds first (big ones, and those
         * of groups bound to 0: their rows never take part), then by group, tightest bound first, so that the bounds
         * prune as many rows as they can; within a tier widest first (sparser rows).
         */
        SparseEchelon reduce(PigeonholeSplit split, int[] bound, boolean logged) {
            int widest = Arrays.stream(rowsOfColumn).mapToInt(rows -> rows.length).max().orElse(0) + 1;
            int[] priority = new int[columnSize.length];
            for (int column = 0; column < priority.length; column++) {
                int group = split.groupOfColumn[column];
                int tier = outOfBounds(columnSize[column], group, bound) ? 0 : 1 + bound[group];
                priority[column] = tier * widest + widest - 1 - rowsOfColumn[column].length;
            }
            SparseEchelon echelon = new SparseEchelon(columnSize.length, cellOfInput.length, priority, logged);
            for (int input = 0; input < onesOfRow.length; input++) {
                echelon.insert(input, onesOfRow[input]);
            }
            return echelon;
        }

        private int maxDepth() {
            int deepest = 0;
            for (int node = 0; node < index.nodeCount; node++) {
                deepest = Math.max(deepest, index.depth[node]);
            }
            return deepest;
        }

        /** The cheapest cell every derivation needs, else the cheapest cell this derivation uses. */
        int choose(SparseEchelon echelon, long[] lambda, int[] size) {
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
        private long work;
        private int depthFound;
        private boolean exhausted;
        /** Per column: its group (-1 when big); per group: the most a searched set may weigh there. */
        private final int[] groupOf;
        private final int[] bound;
        /** Per group: the weight of the pivot atoms on the stack inside it. */
        private final int[] groupWeight;
        private final boolean[] inStack;
        private final Set<IntBuffer> visited = new HashSet<>();
        /** Scratch per depth, reused (the search is recursive, at most k deep): no boxing on the hot path. */
        private final IntList[] columnsAt;
        private final IntList[] badAt;
        private final IntList[] onesAt;
        private final IntList[] nextAt;
        /** Per row: a mark of the current {@link #rowsNeeded} or {@link #broadRows} call, and a count for the latter. */
        private final int[] rowMark;
        private final int[] rowCover;
        private int mark;

        Finder(Problem problem, SparseEchelon echelon, long workBudget, int[] groupOf, int[] bound) {
            this.echelon = echelon;
            this.work = workBudget;
            atomSize = problem.columnSize;
            int width = atomSize.length;
            this.groupOf = groupOf;
            this.bound = bound;
            groupWeight = new int[bound.length];
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
            inStack = new boolean[echelon.rank()];
            columnsAt = IntList.array(k + 1);
            badAt = IntList.array(k + 1);
            onesAt = IntList.array(k + 1);
            nextAt = IntList.array(k + 1);
            rowMark = new int[echelon.rank()];
            rowCover = new int[echelon.rank()];
        }

        private boolean usable(int row) {
            return !excluded(echelon.pivotColumn(row));
        }

        private boolean excluded(int column) {
            return outOfBounds(atomSize[column], groupOf[column], bound);
        }

        List<int[]> run() {
            for (int start = 0; start < echelon.rank() && found.size() < MAX_SETS_PER_RUN && !exhausted; start++) {
                if (!usable(start)) {
                    continue;
                }
                stack[0] = start;
                push(start);
                visited.clear();
                boolean hit = grow(1, atomSize[echelon.pivotColumn(start)]);
                pop(start);
                if (hit) {
                    found.add(Arrays.copyOf(stack, depthFound));
                }
            }
            return found;
        }

        /**
         * Whether the rows stack[0..depth) can be completed into an obtainable small set (left in the stack).
         * {@code pivotSize}: weight of their pivot atoms.
         */
        private boolean grow(int depth, int pivotSize) {
            if (exhausted || !spend(depth)) {
                return false;
            }
            if (depth > 2 && !visited.add(sortedStack(depth))) {
                return false; // the same rows were reached in another order
            }
            long denominator = 1;
            for (int i = 0; i < depth; i++) {
                denominator = lcm(denominator, echelon.pivotValue(stack[i]));
            }
            IntList columns = columnsAt[depth].clear();
            for (int i = 0; i < depth; i++) {
                int row = stack[i];
                spend(freeColumns[row].length);
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
            IntList bad = badAt[depth].clear();
            int setSize = pivotSize;
            IntList ones = onesAt[depth].clear();
            for (int i = 0; i < columns.size(); i++) {
                int column = columns.get(i);
                long value = sum[column];
                if (value == 0) {
                    continue;
                }
                if (value != denominator || excluded(column)) {
                    bad.add(column);
                } else {
                    setSize += atomSize[column];
                    ones.add(column);
                }
            }
            for (int i = 0; i < columns.size(); i++) {
                sum[columns.get(i)] = 0;
                listed[columns.get(i)] = false;
            }
            if (bad.isEmpty() && setSize < k) {
                depthFound = depth;
                return true;
            }
            int remaining = k - 1 - pivotSize;
            if (remaining <= 0 || !bad.isEmpty() && rowsNeeded(bad, pivotSize) > remaining) {
                return false;
            }
            // Some row of the completed set touches the narrowest bad column, and some row fixes at least
            // bad/remaining of them (together they fix all): branching over the shorter list misses no completion.
            IntList next = nextAt[depth].clear();
            if (!bad.isEmpty()) {
                int narrowest = bad.get(0); // rowsNeeded left bad sorted, narrowest first
                next.addAll(touching[narrowest]);
                if (bad.size() > remaining) {
                    IntList broad = broadRows(bad, pivotSize, remaining);
                    if (broad == null) {
                        return false;
                    }
                    if (broad.size() < next.sortedDistinct().size()) {
                        next.clear().addAll(broad);
                    }
                }
            } else {
                for (int i = 0; i < ones.size(); i++) {
                    next.addAll(touching[ones.get(i)]);
                }
            }
            next.sortedDistinct();
            for (int i = 0; i < next.size(); i++) {
                int row = next.get(i);
                if (!eligible(row, pivotSize)) {
                    continue;
                }
                if (exhausted) {
                    return false;
                }
                stack[depth] = row;
                push(row);
                boolean hit = grow(depth + 1, pivotSize + atomSize[echelon.pivotColumn(row)]);
                pop(row);
                if (hit) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Eligible rows touching at least ceil(bad / remaining) bad columns; null when even the best rows cannot
         * cover all bad columns within the remaining rows.
         */
        private IntList broadRows(IntList bad, int pivotSize, int remaining) {
            mark++;
            IntList covering = new IntList();
            for (int i = 0; i < bad.size(); i++) {
                int column = bad.get(i);
                spend(touching[column].length);
                for (int row : touching[column]) {
                    if (eligible(row, pivotSize)) {
                        if (rowMark[row] != mark) {
                            rowMark[row] = mark;
                            rowCover[row] = 0;
                            covering.add(row);
                        }
                        rowCover[row]++;
                    }
                }
            }
            int threshold = (bad.size() + remaining - 1) / remaining;
            IntList broad = new IntList();
            for (int i = 0; i < covering.size(); i++) {
                if (rowCover[covering.get(i)] >= threshold) {
                    broad.add(covering.get(i));
                }
            }
            return broad.isEmpty() ? null : broad;
        }

        /** Counts work against the budget; false (and the run marked incomplete) once it is spent. */
        private boolean spend(long units) {
            work -= units;
            if (work < 0) {
                exhausted = true;
            }
            return !exhausted;
        }

        private boolean eligible(int row, int pivotSize) {
            int pivot = echelon.pivotColumn(row);
            return row > stack[0] && !inStack[row] && pivotSize + atomSize[pivot] < k
                    && groupWeight[groupOf[pivot]] + atomSize[pivot] <= bound[groupOf[pivot]];
        }

        private void push(int row) {
            inStack[row] = true;
            int pivot = echelon.pivotColumn(row);
            groupWeight[groupOf[pivot]] += atomSize[pivot];
        }

        private void pop(int row) {
            inStack[row] = false;
            int pivot = echelon.pivotColumn(row);
            groupWeight[groupOf[pivot]] -= atomSize[pivot];
        }

        /**
         * A lower bound on the rows still to add: bad columns whose eligible rows are pairwise disjoint each need
         * their own row (greedy packing, narrowest columns first; {@code bad} is left in that order, ties in their
         * first order). Integer.MAX_VALUE when a bad column has none.
         */
        private int rowsNeeded(IntList bad, int pivotSize) {
            bad.sortStablyBy(column -> touching[column].length);
            mark++;
            int needed = 0;
            for (int i = 0; i < bad.size(); i++) {
                int column = bad.get(i);
                spend(touching[column].length);
                boolean any = false;
                boolean disjoint = true;
                for (int row : touching[column]) {
                    if (eligible(row, pivotSize)) {
                        any = true;
                        disjoint &= rowMark[row] != mark;
                    }
                }
                if (!any) {
                    return Integer.MAX_VALUE;
                }
                if (disjoint) {
                    if (++needed > k) {
                        return needed;
                    }
                    for (int row : touching[column]) {
                        if (eligible(row, pivotSize)) {
                            rowMark[row] = mark;
                        }
                    }
                }
            }
            return needed;
        }

        private IntBuffer sortedStack(int depth) {
            int[] rows = Arrays.copyOf(stack, depth);
            Arrays.sort(rows);
            return IntBuffer.wrap(rows);
        }
    }

    /** Whether no searched set holds a column: it is big, or weighs more than its group's bound alone. */
    private boolean outOfBounds(int columnSize, int group, int[] bound) {
        return columnSize >= k || columnSize > bound[group];
    }

    private static long lcm(long x, long y) {
        return Math.multiplyExact(x / IntegerElimination.gcd(x, y), y);
    }
}
