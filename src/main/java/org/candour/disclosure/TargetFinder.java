package org.candour.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lists the protection targets of rule 4, for the counts and for each item.
 *
 * <p>Counts: every cell with 1..k-1 respondents, every relation remainder (a node's direct members in a
 * category) with 1..k-1, every pair of nested catalogue cells whose difference holds 1..k-1 respondents
 * (nested along the org tree or between tables, and also nested only by the data, e.g. all Muslims of a unit
 * happen to be Asian), and unions of suppressed cells of one relation holding 1..k-1.
 * Items: the same with "respondents who answered the item" as the size, plus every banded cell-item.
 */
final class TargetFinder {

    private final CellIndex index;
    private final Relations relations;
    private final int k;
    private final int[][] cellsAtNode;
    /** Nested pairs {smaller, larger} of cells whose difference holds 1..k-1 respondents. */
    final List<int[]> countPairs = new ArrayList<>();
    /** Per item: nested pairs whose difference holds 1..k-1 answerers (and k or more respondents). */
    final List<List<int[]>> itemPairs = new ArrayList<>();
    private final List<int[]> nestedCoordinates;
    private final BlockTargets blocks;

    TargetFinder(CellIndex index, Relations relations, int k) {
        this.index = index;
        this.relations = relations;
        this.k = k;
        cellsAtNode = new int[index.nodeCount][];
        for (int node = 0; node < index.nodeCount; node++) {
            cellsAtNode[node] = Arrays.stream(index.cellAt[node]).filter(c -> c >= 0).toArray();
        }
        for (int j = 0; j < index.itemCount(); j++) {
            itemPairs.add(new ArrayList<>());
        }
        for (int node = 0; node < index.nodeCount; node++) {
            scanPairs(node);
        }
        nestedCoordinates = nestedCoordinates();
        blocks = new BlockTargets(index, k);
    }

    List<Target> countTargets(boolean[] hidden) {
        List<Target> targets = new ArrayList<>();
        for (int cell = 0; cell < index.cellCount; cell++) {
            if (index.count[cell] >= 1 && (index.count[cell] < k || hidden[cell])) {
                targets.add(new Target.Builder(index).cell(cell, 1).build("cell " + index.describe(cell)));
            }
        }
        addRemainders(targets, index.count, null);
        addPairs(targets, countPairs, "respondents");
        addDoubleDifferences(targets, index.count, null);
        addUnions(targets, index.count, hidden);
        blocks.add(targets, index.count);
        return dedupe(targets);
    }

    List<Target> itemTargets(int item, boolean[] hidden, boolean[] countHidden, boolean[] banded) {
        int[] answered = index.answered[item];
        List<Target> targets = new ArrayList<>();
        for (int cell = 0; cell < index.cellCount; cell++) {
            if (countHidden[cell]) {
                continue;
            }
            if (banded[cell]) {
                targets.add(new Target.Builder(index).cell(cell, 1).build("banded " + index.describe(cell)));
            } else if (answered[cell] >= 1 && answered[cell] < k) {
                targets.add(new Target.Builder(index).cell(cell, 1)
                        .build("fewer than k answers in " + index.describe(cell)));
            }
        }
        addRemainders(targets, answered, index.count);
        addPairs(targets, itemPairs.get(item), "answerers");
        addDoubleDifferences(targets, answered, index.count);
        addUnions(targets, answered, hidden);
        blocks.add(targets, answered);
        return dedupe(targets);
    }

    private void addRemainders(List<Target> targets, int[] size, int[] coveredBy) {
        for (int r = 0; r < relations.all.size(); r++) {
            Relations.Relation relation = relations.all.get(r);
            int rest = Relations.remainder(relation, size);
            boolean covered = coveredBy != null && isSmall(Relations.remainder(relation, coveredBy));
            if (isSmall(rest) && !covered) {
                targets.add(new Target.Builder(index).remainder(relation, r)
                        .build("direct members below " + index.describe(relation.parent())));
            }
        }
    }

    /**
     * A difference of nested cells at a node minus the same difference at a descendant node, e.g. "not White in
     * the force" minus "not White in unit 2": the members of that difference outside the descendant's subtree.
     */
    private void addDoubleDifferences(List<Target> targets, int[] size, int[] coveredBy) {
        for (int[] pair : nestedCoordinates) {
            int whole = pair[0];
            int part = pair[1];
            for (int upper = 0; upper < index.nodeCount; upper++) {
                int upperWhole = index.cellAt[upper][whole];
                int upperPart = index.cellAt[upper][part];
                if (upperWhole < 0 || upperPart < 0) {
                    continue;
                }
                int upperDifference = size[upperWhole] - size[upperPart];
                if (upperDifference <= 0) {
                    continue;
                }
                int[] stack = new int[index.nodeCount];
                int top = 0;
                for (int child : index.children[upper]) {
                    stack[top++] = child;
                }
                while (top > 0) {
                    int lower = stack[--top];
                    for (int child : index.children[lower]) {
                        stack[top++] = child;
                    }
                    int lowerWhole = index.cellAt[lower][whole];
                    int lowerPart = index.cellAt[lower][part];
                    if (lowerWhole < 0 || lowerPart < 0) {
                        continue;
                    }
                    int rest = upperDifference - (size[lowerWhole] - size[lowerPart]);
                    boolean covered = coveredBy != null && isSmall(coveredBy[upperWhole] - coveredBy[upperPart]
                            - coveredBy[lowerWhole] + coveredBy[lowerPart]);
                    if (isSmall(rest) && !covered) {
                        targets.add(new Target.Builder(index).cell(upperWhole, 1).cell(upperPart, -1)
                                .cell(lowerWhole, -1).cell(lowerPart, 1).build("difference of "
                                        + index.describe(upperWhole) + " and " + index.describe(upperPart)
                                        + " outside " + index.describe(lowerWhole)));
                    }
                }
            }
        }
    }

    /** Structurally nested coordinate pairs {whole, part}: total and a category, a category and a cross cell. */
    private List<int[]> nestedCoordinates() {
        List<int[]> pairs = new ArrayList<>();
        int m = index.coordinateCount;
        for (int whole = 0; whole < m; whole++) {
            int[] wholeDims = index.dimSets[index.coordinateDimSet[whole]];
            for (int part = 0; part < m; part++) {
                int[] partDims = index.dimSets[index.coordinateDimSet[part]];
                if (partDims.length == wholeDims.length + 1 && contains(index, whole, part)) {
                    pairs.add(new int[] {whole, part});
                }
            }
        }
        return pairs;
    }

    /** Whether the categories of coordinate {@code whole} are a restriction of those of {@code part}. */
    private static boolean contains(CellIndex index, int whole, int part) {
        int[] wholeDims = index.dimSets[index.coordinateDimSet[whole]];
        int[] partDims = index.dimSets[index.coordinateDimSet[part]];
        int[] wholeCategories = categories(index, whole);
        int[] partCategories = categories(index, part);
        for (int i = 0; i < wholeDims.length; i++) {
            int at = java.util.Arrays.binarySearch(partDims, wholeDims[i]);
            if (at < 0 || partCategories[at] != wholeCategories[i]) {
                return false;
            }
        }
        return true;
    }

    private static int[] categories(CellIndex index, int coordinate) {
        int set = index.coordinateDimSet[coordinate];
        int[] dims = index.dimSets[set];
        int local = coordinate - index.dimSetOffset[set];
        int[] categories = new int[dims.length];
        for (int i = dims.length - 1; i >= 0; i--) {
            int size = index.population.dimensions().get(dims[i]).categoryCount();
            categories[i] = local % size;
            local /= size;
        }
        return categories;
    }

    private void addPairs(List<Target> targets, List<int[]> pairs, String what) {
        for (int[] pair : pairs) {
            targets.add(new Target.Builder(index).cell(pair[1], 1).cell(pair[0], -1).build(
                    "difference of " + index.describe(pair[1]) + " and " + index.describe(pair[0]) + " (" + what
                            + ")"));
        }
    }

    /** Unions of hidden members of one relation (pairs, and all of them) that hold 1..k-1. */
    private void addUnions(List<Target> targets, int[] size, boolean[] hidden) {
        for (int r = 0; r < relations.all.size(); r++) {
            Relations.Relation relation = relations.all.get(r);
            List<Integer> members = new ArrayList<>();
            for (int child : relation.children()) {
                if (hidden[child] && size[child] > 0) {
                    members.add(child);
                }
            }
            int rest = Relations.remainder(relation, size);
            int total = Math.max(rest, 0);
            for (int member : members) {
                total += size[member];
            }
            int memberCount = members.size() + (rest > 0 ? 1 : 0);
            if (memberCount < 2) {
                continue;
            }
            if (isSmall(total)) {
                Target.Builder all = new Target.Builder(index);
                members.forEach(member -> all.cell(member, 1));
                if (rest > 0) {
                    all.remainder(relation, r);
                }
                targets.add(all.build("union of suppressed cells below " + index.describe(relation.parent())));
            }
            for (int x = 0; x < members.size(); x++) {
                if (rest > 0 && isSmall(size[members.get(x)] + rest)) {
                    targets.add(new Target.Builder(index).cell(members.get(x), 1).remainder(relation, r)
                            .build("suppressed cell and direct members below " + index.describe(relation.parent())));
                }
                for (int y = x + 1; y < members.size(); y++) {
                    if (isSmall(size[members.get(x)] + size[members.get(y)])) {
                        targets.add(new Target.Builder(index).cell(members.get(x), 1).cell(members.get(y), 1)
                                .build("two suppressed cells below " + index.describe(relation.parent())));
                    }
                }
            }
        }
    }

    private boolean isSmall(int size) {
        return size >= 1 && size < k;
    }

    private static List<Target> dedupe(List<Target> targets) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Target> distinct = new ArrayList<>();
        for (Target target : targets) {
            if (target.termCount() > 0 && seen.add(target.key())) {
                distinct.add(target);
            }
        }
        return distinct;
    }

    /**
     * Pairs (a at this node, b at this node or an ancestor). Intersections are counted over this node's subtree,
     * which contains all of a, so they are exact.
     */
    private void scanPairs(int node) {
        int m = index.coordinateCount;
        int[] local = cellsAtNode[node];
        if (local.length == 0) {
            return;
        }
        int[] rowOf = new int[m];
        Arrays.fill(rowOf, -1);
        for (int i = 0; i < local.length; i++) {
            rowOf[index.cellCoordinate[local[i]]] = i;
        }
        int items = index.itemCount();
        int[] both = new int[local.length * m];
        int[] notAnswered = new int[items];
        List<Respondent> respondents = index.population.respondents();
        for (int r : index.respondentsBelow(node)) {
            int[] coordinates = index.respondentCoordinates[r];
            for (int x : coordinates) {
                int row = rowOf[x];
                if (row < 0) {
                    continue;
                }
                for (int y : coordinates) {
                    both[row * m + y]++;
                }
            }
            int[] answers = respondents.get(r).answers();
            for (int j = 0; j < items; j++) {
                if (answers[j] == Respondent.NOT_ANSWERED) {
                    notAnswered[j]++;
                }
            }
        }
        int mostNotAnswered = Arrays.stream(notAnswered).max().orElse(0);
        for (int i = 0; i < local.length; i++) {
            int a = local[i];
            if (index.count[a] == 0) {
                continue;
            }
            for (int at = node; at >= 0; at = index.parent[at]) {
                for (int b : cellsAtNode[at]) {
                    if (index.count[b] == 0 || at == node && index.cellCoordinate[b] <= index.cellCoordinate[a]) {
                        continue;
                    }
                    int shared = both[i * m + index.cellCoordinate[b]];
                    int small = Math.min(index.count[a], index.count[b]);
                    if (shared != small) {
                        continue; // not nested
                    }
                    int difference = Math.abs(index.count[a] - index.count[b]);
                    if (isSmall(difference)) {
                        countPairs.add(index.count[a] <= index.count[b] ? new int[] {a, b} : new int[] {b, a});
                        continue;
                    }
                    if (difference == 0 || difference - mostNotAnswered >= k) {
                        continue;
                    }
                    for (int j = 0; j < items; j++) {
                        int answeredDifference = Math.abs(index.answered[j][a] - index.answered[j][b]);
                        if (isSmall(answeredDifference)) {
                            itemPairs.get(j).add(index.count[a] <= index.count[b] ? new int[] {a, b} : new int[] {b, a});
                        }
                    }
                }
            }
        }
    }
}
