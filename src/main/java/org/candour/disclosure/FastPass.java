package org.candour.disclosure;

import java.util.List;

/**
 * Step (1) of the engine: relation by relation, cheap local rules that catch almost every derivation before the
 * exact check runs. Works on one level: cell counts, or one item's answerer counts.
 *
 * <p>In a relation whose parent is visible, the hidden members (suppressed children and the hidden remainder)
 * must together hold 0 or at least k, and a single hidden real cell would be derivable on its own, so it needs a
 * partner. A hidden parent whose children are all visible is derivable as their sum, so one child is hidden.
 * A pair of cells whose difference holds 1..k-1 must not both be visible.
 */
final class FastPass {

    private FastPass() {}

    /** Hides cells until every local rule holds; returns how many cells were hidden. */
    static int run(CellIndex index, Relations relations, int[] size, boolean[] hidden, int k, List<int[]> pairs) {
        int added = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] pair : pairs) {
                if (!hidden[pair[0]] && !hidden[pair[1]]) {
                    hidden[SuppressionCost.cheaper(index, size, pair[0], pair[1]) ? pair[0] : pair[1]] = true;
                    added++;
                    changed = true;
                }
            }
            for (Relations.Relation relation : relations.all) {
                int hide = hidden[relation.parent()] ? ruleForHiddenParent(relation, size, hidden)
                        : ruleForVisibleParent(index, relation, size, hidden, k);
                if (hide >= 0) {
                    hidden[hide] = true;
                    added++;
                    changed = true;
                }
            }
            for (int[] row : relations.remainderRelations) {
                int hide = ruleForRemainders(index, relations, row, size, hidden, k);
                if (hide >= 0) {
                    hidden[hide] = true;
                    added++;
                    changed = true;
                }
            }
        }
        return added;
    }

    /**
     * Remainders obey {@code R_P = sum(R_u)}. When R_P can be computed, the hidden remainders R_u must hold 0 or
     * at least k together and never be alone: a remainder is hidden by hiding a child cell of its org relation,
     * preferably of a child node already hidden in the exposed remainder's relation (which closes a rectangle).
     */
    private static int ruleForRemainders(CellIndex index, Relations relations, int[] row, int[] size,
            boolean[] hidden, int k) {
        Relations.Relation total = relations.all.get(row[0]);
        if (Relations.remainder(total, size) <= 0 || remainderHidden(total, size, hidden)) {
            return -1;
        }
        int sum = 0;
        int members = 0;
        Relations.Relation exposed = null;
        for (int i = 1; i < row.length; i++) {
            Relations.Relation part = relations.all.get(row[i]);
            int rest = Relations.remainder(part, size);
            if (rest > 0 && remainderHidden(part, size, hidden)) {
                sum += rest;
                members++;
                exposed = part;
            }
        }
        if (!(sum >= 1 && sum < k || members == 1)) {
            return -1;
        }
        int best = -1;
        boolean bestPairs = false;
        for (int i = 1; i < row.length; i++) {
            Relations.Relation part = relations.all.get(row[i]);
            if (Relations.remainder(part, size) <= 0 || remainderHidden(part, size, hidden)) {
                continue;
            }
            for (int c = 0; c < part.children().length; c++) {
                int cell = part.children()[c];
                if (hidden[cell] || size[cell] <= 0) {
                    continue;
                }
                boolean pairs = exposed != null && sameChildHidden(index, exposed, index.cellNode[cell], hidden);
                if (best < 0 || pairs && !bestPairs
                        || pairs == bestPairs && SuppressionCost.cheaper(index, size, cell, best)) {
                    best = cell;
                    bestPairs = pairs;
                }
            }
        }
        return best;
    }

    private static boolean remainderHidden(Relations.Relation relation, int[] size, boolean[] hidden) {
        if (hidden[relation.parent()]) {
            return true;
        }
        for (int child : relation.children()) {
            if (size[child] > 0 && hidden[child]) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameChildHidden(CellIndex index, Relations.Relation relation, int node, boolean[] hidden) {
        for (int child : relation.children()) {
            if (index.cellNode[child] == node && hidden[child]) {
                return true;
            }
        }
        return false;
    }

    private static int ruleForVisibleParent(CellIndex index, Relations.Relation relation, int[] size,
            boolean[] hidden, int k) {
        int remainder = Relations.remainder(relation, size);
        int sum = Math.max(remainder, 0);
        int members = remainder > 0 ? 1 : 0;
        boolean loneReal = false;
        int cheapest = -1;
        for (int child : relation.children()) {
            if (size[child] <= 0) {
                continue;
            }
            if (hidden[child]) {
                sum += size[child];
                members++;
                loneReal = true;
            } else if (SuppressionCost.cheaper(index, size, child, cheapest)) {
                cheapest = child;
            }
        }
        boolean exposed = sum >= 1 && sum < k || members == 1 && loneReal;
        if (!exposed) {
            return -1;
        }
        return cheapest >= 0 ? cheapest : relation.parent();
    }

    private static int ruleForHiddenParent(Relations.Relation relation, int[] size, boolean[] hidden) {
        if (size[relation.parent()] <= 0 || Relations.remainder(relation, size) > 0) {
            return -1;
        }
        int cheapest = -1;
        for (int child : relation.children()) {
            if (size[child] <= 0) {
                continue;
            }
            if (hidden[child]) {
                return -1;
            }
            if (cheapest < 0 || size[child] < size[cheapest] || size[child] == size[cheapest] && child < cheapest) {
                cheapest = child;
            }
        }
        return cheapest;
    }
}
