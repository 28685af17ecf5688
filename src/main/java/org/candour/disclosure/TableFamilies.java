package org.candour.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The catalogue seen one table family at a time: small parts of it whose exhaustive small-set search completes
 * where the search over the whole catalogue cannot. Every set obtainable from a family's published cells is
 * obtainable from the release, so each such search finds real disclosures; respondents that differ only outside a
 * family are one column to it, which keeps it small.
 *
 * <ul>
 *   <li>{@link Kind#DIMENSION}: every org node's total and its table of one dimension. On large synthetic forces
 *       these found sets the listed targets missed (hidden categories of a node minus those of a child node,
 *       across levels). Every such family lies inside a pair family below, so they add no proof; they are the
 *       cheap first tier that finds most sets.
 *   <li>{@link Kind#NODE_CROSS_TABLES}: one node's cross-tables with their margins and the node's total. A few
 *       hundred columns at most. They find, for example, on item levels the block a cross-table's margins isolate
 *       (total minus a row minus a column plus their cell: everyone outside both), which spans several relations
 *       and so is no listed target, and sets that need two cross-tables of one node, which no pair family holds.
 *   <li>{@link Kind#DIMENSION_PAIR}: two dimensions over the whole tree (every node's tables of either, the
 *       cross-tables of the two, the totals). They find sets that need two dimensions and several levels at once:
 *       at 50,000 respondents, 64 more cell-items of the engine benchmark's item answers. The dearest kind, so
 *       searched only in a round where the cheaper kinds found nothing.
 *   <li>{@link Kind#DIMENSION_TRIPLE}: three dimensions over the whole tree, on the counts level only (whose
 *       suppressions every item inherits), as an extra outside the release's proof: on the engine benchmark's force
 *       at 50,000 respondents 3 of the 20 triples exceed the search's size bound, and on every item level as well
 *       they doubled the engine's time. They found nothing more there; on medium random forces they remove 5 of
 *       the 7 (of 500) that still leaked with the other families.
 * </ul>
 * The release's proof ({@link ProtectedRelease#familiesChecked()}) says that the search of every family of the
 * kinds searched on every level completed.
 */
final class TableFamilies {

    /** Cheapest first: families are numbered kind by kind in this order, and searched in it. */
    enum Kind {
        DIMENSION(true), NODE_CROSS_TABLES(true), DIMENSION_PAIR(true), DIMENSION_TRIPLE(false);

        /** Searched on every level (counts and items), and so part of the release's proof; else counts only. */
        final boolean everyLevel;

        Kind(boolean everyLevel) {
            this.everyLevel = everyLevel;
        }
    }

    /** Per family: per cell, whether it lies outside the family. */
    private final List<boolean[]> outside = new ArrayList<>();
    private final List<Kind> kinds = new ArrayList<>();

    TableFamilies(CellIndex index) {
        int[] tabulated = tabulatedDimensions(index);
        for (int[] dimensions : combinations(tabulated, 1)) {
            add(index, -1, dimensions, Kind.DIMENSION);
        }
        crossTableDimensions(index).forEach((node, crossed) -> add(index, node,
                crossed.stream().mapToInt(Integer::intValue).toArray(), Kind.NODE_CROSS_TABLES));
        for (int[] dimensions : combinations(tabulated, 2)) {
            add(index, -1, dimensions, Kind.DIMENSION_PAIR);
        }
        for (int[] dimensions : combinations(tabulated, 3)) {
            add(index, -1, dimensions, Kind.DIMENSION_TRIPLE);
        }
    }

    /** Every choice of {@code size} of {@code from}, in lexicographic order. */
    private static List<int[]> combinations(int[] from, int size) {
        List<int[]> chosen = new ArrayList<>();
        choose(from, 0, new int[size], 0, chosen);
        return chosen;
    }

    private static void choose(int[] from, int start, int[] choice, int filled, List<int[]> chosen) {
        if (filled == choice.length) {
            chosen.add(choice.clone());
            return;
        }
        for (int i = start; i < from.length; i++) {
            choice[filled] = from[i];
            choose(from, i + 1, choice, filled + 1, chosen);
        }
    }

    Kind kind(int family) {
        return kinds.get(family);
    }

    int count() {
        return outside.size();
    }

    /** The hidden pattern as this family sees it: every cell outside the family hidden as well. */
    boolean[] restrict(boolean[] hidden, int family) {
        boolean[] restricted = hidden.clone();
        boolean[] out = outside.get(family);
        for (int cell = 0; cell < restricted.length; cell++) {
            restricted[cell] |= out[cell];
        }
        return restricted;
    }

    /** The family of the tables over {@code dimensions} (or fewer) at {@code node}, or at every node when -1. */
    private void add(CellIndex index, int node, int[] dimensions, Kind kind) {
        boolean[] out = new boolean[index.cellCount];
        for (int cell = 0; cell < index.cellCount; cell++) {
            boolean atNode = node < 0 || index.cellNode[cell] == node;
            out[cell] = !atNode || !within(index.dimSets[index.tableDimSet[index.cellTable[cell]]], dimensions);
        }
        outside.add(out);
        kinds.add(kind);
    }

    /** The dimensions some table of the catalogue shows. */
    private static int[] tabulatedDimensions(CellIndex index) {
        Set<Integer> dimensions = new TreeSet<>();
        for (int[] dimSet : index.dimSets) {
            for (int dimension : dimSet) {
                dimensions.add(dimension);
            }
        }
        return dimensions.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Per node with cross-tables, the dimensions of all of them together. */
    private static Map<Integer, Set<Integer>> crossTableDimensions(CellIndex index) {
        Map<Integer, Set<Integer>> dimensions = new TreeMap<>();
        for (int table = 0; table < index.tables.size(); table++) {
            int[] tableDimensions = index.dimSets[index.tableDimSet[table]];
            if (tableDimensions.length > 1) {
                Set<Integer> ofNode = dimensions.computeIfAbsent(index.tables.get(table).node(), n -> new TreeSet<>());
                for (int dimension : tableDimensions) {
                    ofNode.add(dimension);
                }
            }
        }
        return dimensions;
    }

    private static boolean within(int[] dimensions, int[] family) {
        for (int dimension : dimensions) {
            boolean found = false;
            for (int member : family) {
                found |= member == dimension;
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
