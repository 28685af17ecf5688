package org.candour.disclosure;

import java.util.List;

/**
 * Step (3) of the engine: for a target the exact check found derivable, the cell to suppress next. First a
 * visible cell of the target itself, then a visible partner in a relation of its cells (the usual way such a
 * target is derived), else the cheapest visible cell that overlaps the target: any derivation must use one of
 * those, so the loop always ends. When the same target stays derivable, the engine tries {@link #candidates}
 * with the exact check and falls back to {@link #fallback}.
 */
final class SuppressionChooser {

    private final CellIndex index;
    private final Relations relations;

    SuppressionChooser(CellIndex index, Relations relations) {
        this.index = index;
        this.relations = relations;
    }

    /** @return the cell to hide, or -1 if no visible cell overlaps the target (it cannot then be derivable) */
    int choose(Target target, int[] size, boolean[] hidden) {
        int best = -1;
        for (int cell : target.cells()) {
            if (!hidden[cell] && size[cell] > 0 && SuppressionCost.cheaper(index, size, cell, best)) {
                best = cell;
            }
        }
        if (best >= 0) {
            return best;
        }
        best = partnerInRelations(target, size, hidden);
        return best >= 0 ? best : overlapping(target, size, hidden);
    }

    int fallback(Target target, int[] size, boolean[] hidden) {
        return overlapping(target, size, hidden);
    }

    /**
     * Visible cells that can break a derivation of the target, cheapest first: its own cells, partners in the
     * relations of its cells, their parents, and partners in the relations of hidden partners (which closes the
     * "cycles" a protected pattern needs in a table with published margins).
     */
    List<Integer> candidates(Target target, int[] size, boolean[] hidden, int limit) {
        java.util.TreeSet<Integer> found = new java.util.TreeSet<>();
        java.util.ArrayDeque<Integer> hiddenCells = new java.util.ArrayDeque<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int cell : target.cells()) {
            consider(cell, size, hidden, found, hiddenCells, seen);
        }
        if (target.relation() >= 0) {
            considerRelation(relations.all.get(target.relation()), size, hidden, found, hiddenCells, seen);
        }
        for (int hop = 0; hop < 2; hop++) {
            int layer = hiddenCells.size();
            for (int i = 0; i < layer; i++) {
                int cell = hiddenCells.poll();
                for (int r : relations.asChild[cell]) {
                    considerRelation(relations.all.get(r), size, hidden, found, hiddenCells, seen);
                }
                for (int r : relations.asParent[cell]) {
                    considerRelation(relations.all.get(r), size, hidden, found, hiddenCells, seen);
                }
            }
        }
        List<Integer> ordered = new java.util.ArrayList<>(found);
        ordered.sort((a, b) -> a.equals(b) ? 0 : SuppressionCost.cheaper(index, size, a, b) ? -1 : 1);
        return ordered.size() > limit ? ordered.subList(0, limit) : ordered;
    }

    private void considerRelation(Relations.Relation relation, int[] size, boolean[] hidden,
            java.util.Set<Integer> found, java.util.ArrayDeque<Integer> hiddenCells, java.util.Set<Integer> seen) {
        consider(relation.parent(), size, hidden, found, hiddenCells, seen);
        for (int child : relation.children()) {
            consider(child, size, hidden, found, hiddenCells, seen);
        }
    }

    private void consider(int cell, int[] size, boolean[] hidden, java.util.Set<Integer> found,
            java.util.ArrayDeque<Integer> hiddenCells, java.util.Set<Integer> seen) {
        if (size[cell] <= 0 || !seen.add(cell)) {
            return;
        }
        if (hidden[cell]) {
            hiddenCells.add(cell);
        } else {
            found.add(cell);
        }
    }

    private int partnerInRelations(Target target, int[] size, boolean[] hidden) {
        int best = -1;
        int fallbackParent = -1;
        for (int cell : target.cells()) {
            for (int r : relations.asChild[cell]) {
                Relations.Relation relation = relations.all.get(r);
                if (hidden[relation.parent()]) {
                    continue;
                }
                best = cheapestVisibleChild(relation, size, hidden, best);
                if (SuppressionCost.cheaper(index, size, relation.parent(), fallbackParent)) {
                    fallbackParent = relation.parent();
                }
            }
            for (int r : relations.asParent[cell]) {
                best = cheapestVisibleChild(relations.all.get(r), size, hidden, best);
            }
        }
        if (target.relation() >= 0) {
            Relations.Relation relation = relations.all.get(target.relation());
            best = cheapestVisibleChild(relation, size, hidden, best);
            if (best < 0 && !hidden[relation.parent()]) {
                fallbackParent = relation.parent();
            }
        }
        return best >= 0 ? best : fallbackParent;
    }

    private int cheapestVisibleChild(Relations.Relation relation, int[] size, boolean[] hidden, int best) {
        for (int child : relation.children()) {
            if (!hidden[child] && size[child] > 0 && SuppressionCost.cheaper(index, size, child, best)) {
                best = child;
            }
        }
        return best;
    }

    /** Cheapest visible cell sharing a respondent with one of the target's terms (non-empty cells first). */
    private int overlapping(Target target, int[] size, boolean[] hidden) {
        int m = index.coordinateCount;
        int best = -1;
        List<Respondent> respondents = index.population.respondents();
        for (int term = 0; term < target.termCount(); term++) {
            int termNode = target.termNode(term, m);
            int termCoordinate = target.termCoordinate(term, m);
            for (int r : index.respondentsBelow(termNode)) {
                int[] coordinates = index.respondentCoordinates[r];
                if (!CellIndex.contains(coordinates, termCoordinate)) {
                    continue;
                }
                for (int node = respondents.get(r).node(); node >= 0; node = index.parent[node]) {
                    for (int coordinate : coordinates) {
                        int cell = index.cellAt[node][coordinate];
                        if (cell >= 0 && !hidden[cell] && better(size, cell, best)) {
                            best = cell;
                        }
                    }
                }
            }
        }
        return best;
    }

    private boolean better(int[] size, int cell, int best) {
        if (best < 0) {
            return true;
        }
        if (size[cell] > 0 != size[best] > 0) {
            return size[cell] > 0;
        }
        return SuppressionCost.cheaper(index, size, cell, best);
    }
}
