package org.candour.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The last resort for a target that no single extra suppression stops from being derivable: a "hypercube"
 * (Repsilber's method, as in tau-ARGUS) over four groups of respondents. Move one respondent of profile p to
 * profile q at node A, and one the other way at node B: every catalogue cell at or above the lowest common ancestor
 * of A and B is unchanged, and so is every cell that tells p and q apart only where it is hidden. If the target's
 * value changes under that move, hiding the changed cells makes the target provably not derivable (the move is then
 * invisible in every published figure), in one step and for good: a target proven so stays so as more is hidden.
 *
 * <p>Without it, such a target took one more suppression per round, each the cheapest overlapping cell, until
 * something broke the derivation: on a synthetic force of 10,000 respondents about a hundred rounds, ending with
 * force-level cells suppressed.
 */
final class Hypercube {

    /** Respondent groups of the target tried as the first corner (keeps the search to a fraction of a second). */
    private static final int MAX_FIRST_CORNERS = 64;

    private final CellIndex index;
    /** Per profile (coordinates of an atom): the nodes where it occurs as a direct member, ascending. */
    private final Map<List<Integer>, int[]> nodesOfProfile = new HashMap<>();

    Hypercube(CellIndex index) {
        this.index = index;
        Map<List<Integer>, List<Integer>> nodes = new HashMap<>();
        for (int node = 0; node < index.nodeCount; node++) {
            for (int[] atom : index.atoms[node]) {
                nodes.computeIfAbsent(profile(atom), p -> new ArrayList<>()).add(node);
            }
        }
        nodes.forEach((profile, list) -> nodesOfProfile.put(profile,
                list.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The visible cells of the cheapest hypercube that changes the target's value, or null if none exists. */
    int[] cut(Target target, int[] size, boolean[] hidden) {
        int[] best = null;
        long bestCost = Long.MAX_VALUE;
        int firstCorners = 0;
        for (int nodeA : nodesUnder(target)) {
            for (int[] p : index.atoms[nodeA]) {
                long valueAp = value(target, nodeA, p);
                if (valueAp == 0) {
                    continue;
                }
                if (++firstCorners > MAX_FIRST_CORNERS) {
                    return best;
                }
                int[] nodesOfP = nodesOfProfile.get(profile(p));
                for (int[] q : index.atoms[nodeA]) {
                    if (q == p) {
                        continue;
                    }
                    int[] nodesOfQ = nodesOfProfile.get(profile(q));
                    for (int nodeB : common(nodesOfP, nodesOfQ)) {
                        if (nodeB == nodeA) {
                            continue;
                        }
                        long change = valueAp - value(target, nodeA, q) - value(target, nodeB, p)
                                + value(target, nodeB, q);
                        if (change == 0) {
                            continue;
                        }
                        int[] cells = changedVisibleCells(nodeA, nodeB, p, q, hidden);
                        long cost = 0;
                        for (int cell : cells) {
                            cost += size[cell];
                        }
                        if (cells.length > 0 && cost < bestCost) {
                            best = cells;
                            bestCost = cost;
                        }
                    }
                }
            }
        }
        return best;
    }

    /** Nodes at or below the target's term nodes, ascending: only their respondents count in the target. */
    private int[] nodesUnder(Target target) {
        List<Integer> nodes = new ArrayList<>();
        for (int node = 0; node < index.nodeCount; node++) {
            for (int term = 0; term < target.termCount(); term++) {
                if (index.isAncestorOrSelf(target.termNode(term, index.coordinateCount), node)) {
                    nodes.add(node);
                    break;
                }
            }
        }
        return nodes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The target's coefficient on one respondent of this profile at this node. */
    private long value(Target target, int node, int[] profile) {
        long value = 0;
        for (int term = 0; term < target.termCount(); term++) {
            if (CellIndex.contains(profile, target.termCoordinate(term, index.coordinateCount))
                    && index.isAncestorOrSelf(target.termNode(term, index.coordinateCount), node)) {
                value += target.termSign(term);
            }
        }
        return value;
    }

    /** Cells telling p and q apart on the paths from A and from B up to (not including) their common ancestor. */
    private int[] changedVisibleCells(int nodeA, int nodeB, int[] p, int[] q, boolean[] hidden) {
        int ancestor = commonAncestor(nodeA, nodeB);
        List<Integer> cells = new ArrayList<>();
        for (int start : new int[] {nodeA, nodeB}) {
            for (int node = start; node != ancestor; node = index.parent[node]) {
                addVisible(node, p, q, hidden, cells);
                addVisible(node, q, p, hidden, cells);
            }
        }
        return cells.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
    }

    private void addVisible(int node, int[] in, int[] notIn, boolean[] hidden, List<Integer> cells) {
        for (int coordinate : in) {
            int cell = index.cellAt[node][coordinate];
            if (cell >= 0 && !hidden[cell] && !CellIndex.contains(notIn, coordinate)) {
                cells.add(cell);
            }
        }
    }

    private int commonAncestor(int a, int b) {
        while (a != b) {
            if (index.depth[a] >= index.depth[b]) {
                a = index.parent[a];
            } else {
                b = index.parent[b];
            }
        }
        return a;
    }

    private static int[] common(int[] sortedA, int[] sortedB) {
        int[] out = new int[Math.min(sortedA.length, sortedB.length)];
        int n = 0;
        for (int i = 0, j = 0; i < sortedA.length && j < sortedB.length; ) {
            if (sortedA[i] == sortedB[j]) {
                out[n++] = sortedA[i];
                i++;
                j++;
            } else if (sortedA[i] < sortedB[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static List<Integer> profile(int[] atom) {
        return Arrays.stream(atom).boxed().toList();
    }
}
