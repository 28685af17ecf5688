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
        }
        return added;
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
