package org.candour.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The additive relations of a catalogue: a parent cell equals the sum of its child cells plus, for org relations,
 * a hidden remainder (the node's own direct members and members of child nodes without that table). The
 * remainder is never published, so it behaves like a permanently suppressed child.
 */
final class Relations {

    /** {@code parent = sum(children) + remainder}; remainder only for org relations. */
    record Relation(int parent, int[] children, boolean org) {}

    final List<Relation> all = new ArrayList<>();
    final int[][] asChild;
    final int[][] asParent;
    /**
     * Relations between remainders: where a table relation {@code P = sum(u)} holds at a node with child nodes,
     * the direct members' remainders obey it too ({@code R_P = sum(R_u)}), as indices of org relations. A small
     * remainder is protected only if another remainder of the same row is hidden with it: the classic rectangle
     * of a two-way table whose rows are the child nodes plus the direct members.
     */
    final List<int[]> remainderRelations = new ArrayList<>();

    Relations(CellIndex index) {
        for (int t = 0; t < index.tables.size(); t++) {
            int node = index.tables.get(t).node();
            int dimSet = index.tableDimSet[t];
            int[] dims = index.dimSets[dimSet];
            int first = index.dimSetOffset[dimSet];
            int size = combinations(index, dims);
            int total = index.cellAt[node][index.totalCoordinate];
            if (dims.length == 1 && total >= 0) {
                add(total, cellsOf(index, node, first, size, -1, 0, 0), false);
            }
            if (dims.length == 2) {
                boolean bothMargins = true;
                for (int which = 0; which < 2; which++) {
                    int marginSet = dimSetOf(index, new int[] {dims[which]});
                    if (marginSet < 0) {
                        bothMargins = false;
                        continue;
                    }
                    int categories = index.population.dimensions().get(dims[which]).categoryCount();
                    int inner = index.population.dimensions().get(dims[1]).categoryCount();
                    for (int c = 0; c < categories; c++) {
                        int marginCell = index.cellAt[node][index.dimSetOffset[marginSet] + c];
                        add(marginCell, cellsOf(index, node, first, size, which, c, inner), false);
                    }
                }
                if (!bothMargins && total >= 0) {
                    add(total, cellsOf(index, node, first, size, -1, 0, 0), false);
                }
            }
            for (int coordinate = first; coordinate < first + size; coordinate++) {
                List<Integer> childCells = new ArrayList<>();
                for (int child : index.children[node]) {
                    int cell = index.cellAt[child][coordinate];
                    if (cell >= 0) {
                        childCells.add(cell);
                    }
                }
                if (!childCells.isEmpty()) {
                    add(index.cellAt[node][coordinate], childCells.stream().mapToInt(Integer::intValue).toArray(), true);
                }
            }
        }
        List<List<Integer>> child = new ArrayList<>();
        List<List<Integer>> parent = new ArrayList<>();
        for (int cell = 0; cell < index.cellCount; cell++) {
            child.add(new ArrayList<>());
            parent.add(new ArrayList<>());
        }
        for (int r = 0; r < all.size(); r++) {
            parent.get(all.get(r).parent()).add(r);
            for (int c : all.get(r).children()) {
                child.get(c).add(r);
            }
        }
        int[] orgRelationOf = new int[index.cellCount];
        Arrays.fill(orgRelationOf, -1);
        for (int r = 0; r < all.size(); r++) {
            if (all.get(r).org()) {
                orgRelationOf[all.get(r).parent()] = r;
            }
        }
        for (Relation relation : List.copyOf(all)) {
            if (relation.org() || orgRelationOf[relation.parent()] < 0) {
                continue;
            }
            int[] row = new int[relation.children().length + 1];
            row[0] = orgRelationOf[relation.parent()];
            boolean complete = true;
            for (int i = 0; i < relation.children().length && complete; i++) {
                row[i + 1] = orgRelationOf[relation.children()[i]];
                complete = row[i + 1] >= 0;
            }
            if (complete) {
                remainderRelations.add(row);
            }
        }
        asChild = child.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        asParent = parent.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** Size of the hidden remainder of an org relation at one level (counts or answerers). */
    static int remainder(Relation relation, int[] size) {
        if (!relation.org()) {
            return 0;
        }
        int rest = size[relation.parent()];
        for (int child : relation.children()) {
            rest -= size[child];
        }
        return rest;
    }

    private void add(int parent, int[] children, boolean org) {
        all.add(new Relation(parent, children, org));
    }

    /** Cells of a table; with {@code which >= 0} only those whose category on that (sorted) dimension is c. */
    private static int[] cellsOf(CellIndex index, int node, int first, int size, int which, int c, int inner) {
        List<Integer> cells = new ArrayList<>();
        for (int local = 0; local < size; local++) {
            if (which == 0 && local / inner != c || which == 1 && local % inner != c) {
                continue;
            }
            cells.add(index.cellAt[node][first + local]);
        }
        return cells.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int dimSetOf(CellIndex index, int[] dims) {
        for (int s = 0; s < index.dimSets.length; s++) {
            if (Arrays.equals(index.dimSets[s], dims)) {
                return s;
            }
        }
        return -1;
    }

    private static int combinations(CellIndex index, int[] dims) {
        int size = 1;
        for (int d : dims) {
            size *= index.population.dimensions().get(d).categoryCount();
        }
        return size;
    }
}
