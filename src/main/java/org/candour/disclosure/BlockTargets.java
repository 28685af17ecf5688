package org.candour.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * Protection targets spanning two relations at once: a block of cells R x C of a cross-table. With the margins
 * published, such a block can be worked out even when each of its cells is hidden: total - White - men + White
 * men gives the respondents who are neither White nor men. On 500 random small forces (k = 5) this family cut the
 * forces where the exhaustive search still found a small set the listed targets missed from 81 to 51.
 * Every block of two or more cells holding 1..k-1 is listed (a single row or column is a union within one
 * relation); rows and columns without a small cell never take part, and at most {@link #MAX_LINES} of each are
 * combined.
 */
final class BlockTargets {

    /** More lines catch a few more blocks on small forces but cost much more time on mid-sized ones. */
    private static final int MAX_LINES = 6;

    /** One cross-table: the cell id of each (row category, column category). */
    private record Grid(String name, int[][] cells) {}

    private final CellIndex index;
    private final int k;
    private final List<Grid> grids = new ArrayList<>();

    BlockTargets(CellIndex index, int k) {
        this.index = index;
        this.k = k;
        for (int t = 0; t < index.tables.size(); t++) {
            int[] dims = index.dimSets[index.tableDimSet[t]];
            if (dims.length == 2) {
                addCrossTable(t, dims);
            }
        }
    }

    private void addCrossTable(int table, int[] dims) {
        int rows = index.population.dimensions().get(dims[0]).categoryCount();
        int columns = index.population.dimensions().get(dims[1]).categoryCount();
        int[][] cells = new int[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                cells[r][c] = index.tableBase[table] + r * columns + c;
            }
        }
        grids.add(new Grid("cross-table at " + index.describe(index.tableBase[table]), cells));
    }

    /** The blocks holding 1..k-1 at this level ({@code size}: respondents or answerers per cell). */
    void add(List<Target> targets, int[] size) {
        for (Grid grid : grids) {
            int rows = grid.cells().length;
            int columns = rows == 0 ? 0 : grid.cells()[0].length;
            int[][] sizes = new int[rows][columns];
            List<Integer> smallRows = new ArrayList<>();
            boolean[] smallColumn = new boolean[columns];
            for (int r = 0; r < rows; r++) {
                boolean small = false;
                for (int c = 0; c < columns; c++) {
                    sizes[r][c] = size[grid.cells()[r][c]];
                    if (sizes[r][c] >= 1 && sizes[r][c] < k) {
                        small = true;
                        smallColumn[c] = true;
                    }
                }
                if (small && smallRows.size() < MAX_LINES) {
                    smallRows.add(r);
                }
            }
            List<Integer> columnsToUse = new ArrayList<>();
            for (int c = 0; c < columns && columnsToUse.size() < MAX_LINES; c++) {
                if (smallColumn[c]) {
                    columnsToUse.add(c);
                }
            }
            for (int mask = 0; mask < 1 << smallRows.size(); mask++) {
                if (mask == 0) {
                    continue;
                }
                List<Integer> chosenRows = new ArrayList<>();
                for (int i = 0; i < smallRows.size(); i++) {
                    if ((mask & 1 << i) != 0) {
                        chosenRows.add(smallRows.get(i));
                    }
                }
                List<Integer> feasible = new ArrayList<>();
                for (int c : columnsToUse) {
                    if (chosenRows.stream().allMatch(r -> sizes[r][c] < k)) {
                        feasible.add(c);
                    }
                }
                chooseColumns(targets, grid, sizes, chosenRows, feasible, 0, new ArrayList<>(), 0);
            }
        }
    }

    private void chooseColumns(List<Target> targets, Grid grid, int[][] sizes, List<Integer> rows,
            List<Integer> feasible, int from, List<Integer> chosen, int total) {
        if (rows.size() * chosen.size() >= 2 && total >= 1 && everyLineNonEmpty(sizes, rows, chosen)) {
            Target.Builder block = new Target.Builder(index);
            for (int r : rows) {
                for (int c : chosen) {
                    block.cell(grid.cells()[r][c], 1);
                }
            }
            targets.add(block.build("block of " + rows.size() + " x " + chosen.size() + " cells in the "
                    + grid.name()));
        }
        for (int i = from; i < feasible.size(); i++) {
            int column = feasible.get(i);
            int added = 0;
            for (int r : rows) {
                added += sizes[r][column];
            }
            if (total + added < k) {
                chosen.add(column);
                chooseColumns(targets, grid, sizes, rows, feasible, i + 1, chosen, total + added);
                chosen.removeLast();
            }
        }
    }

    /** A block with an empty row or column is a smaller block (or a union within one relation) already listed. */
    private static boolean everyLineNonEmpty(int[][] sizes, List<Integer> rows, List<Integer> columns) {
        for (int r : rows) {
            if (columns.stream().allMatch(c -> sizes[r][c] == 0)) {
                return false;
            }
        }
        for (int c : columns) {
            if (rows.stream().allMatch(r -> sizes[r][c] == 0)) {
                return false;
            }
        }
        return true;
    }
}
