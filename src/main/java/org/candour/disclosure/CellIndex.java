package org.candour.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flattened view of a catalogue over a population: every cell gets an id, counts per cell and per cell-item, and
 * the "coordinate" system used by the exact span check.
 *
 * <p>A coordinate is a (dimension set, category combination) pair, e.g. (ethnicity, Black) or (ethnicity x rank,
 * Black x Sergeant) or (total). A cell is then (org node, coordinate), and a respondent's row lists one
 * coordinate per dimension set used by the catalogue.
 */
final class CellIndex {

    final Population population;
    final int nodeCount;
    final int[] parent;
    final int[][] children;
    final int[] depth;
    /** Nodes children-first. */
    final int[] postOrder;

    final int[][] dimSets;
    final int[] dimSetOffset;
    final int coordinateCount;
    final int[] coordinateDimSet;
    final int totalCoordinate;

    final List<Table> tables;
    final int[] tableBase;
    final int[] tableDimSet;
    final int cellCount;
    final int[] cellTable;
    final int[] cellNode;
    final int[] cellCoordinate;
    /** cellAt[node][coordinate] = cell id, or -1 when the catalogue has no such cell. */
    final int[][] cellAt;

    /** respondentCoordinates[r][s] = coordinate of respondent r in dimension set s. */
    final int[][] respondentCoordinates;
    final int[][] directRespondents;
    /** Distinct coordinate rows of each node's direct respondents ("atoms": identical catalogue membership). */
    final int[][][] atoms;

    final int[] count;
    /** answered[item][cell] */
    final int[][] answered;
    /** optionCounts[item][cell * optionCount + option] */
    final int[][] optionCounts;

    CellIndex(Population population, Catalogue catalogue) {
        this.population = population;
        OrgTree tree = population.tree();
        nodeCount = tree.size();
        parent = tree.parent();
        children = tree.children();
        depth = new int[nodeCount];
        for (int node = 0; node < nodeCount; node++) {
            depth[node] = tree.depth(node);
        }
        postOrder = postOrder(children);

        Map<List<Integer>, Integer> dimSetIds = new LinkedHashMap<>();
        dimSetIds.put(List.of(), 0);
        for (Table table : catalogue.tables()) {
            if (table.node() < 0 || table.node() >= nodeCount) {
                throw new IllegalArgumentException("table on unknown node " + table.node());
            }
            for (int d : table.dimensions()) {
                if (d < 0 || d >= population.dimensions().size()) {
                    throw new IllegalArgumentException("table on unknown dimension " + d);
                }
            }
            dimSetIds.putIfAbsent(sorted(table.dimensions()), dimSetIds.size());
        }
        dimSets = new int[dimSetIds.size()][];
        dimSetIds.forEach((dims, id) -> dimSets[id] = dims.stream().mapToInt(Integer::intValue).toArray());
        dimSetOffset = new int[dimSets.length];
        int coordinates = 0;
        for (int s = 0; s < dimSets.length; s++) {
            dimSetOffset[s] = coordinates;
            coordinates += combinations(dimSets[s]);
        }
        coordinateCount = coordinates;
        totalCoordinate = 0;
        coordinateDimSet = new int[coordinateCount];
        for (int s = 0; s < dimSets.length; s++) {
            Arrays.fill(coordinateDimSet, dimSetOffset[s], dimSetOffset[s] + combinations(dimSets[s]), s);
        }

        tables = catalogue.tables();
        tableBase = new int[tables.size()];
        tableDimSet = new int[tables.size()];
        int cells = 0;
        for (int t = 0; t < tables.size(); t++) {
            tableBase[t] = cells;
            tableDimSet[t] = dimSetIds.get(sorted(tables.get(t).dimensions()));
            cells += combinations(dimSets[tableDimSet[t]]);
        }
        cellCount = cells;
        cellTable = new int[cellCount];
        cellNode = new int[cellCount];
        cellCoordinate = new int[cellCount];
        cellAt = new int[nodeCount][coordinateCount];
        for (int[] row : cellAt) {
            Arrays.fill(row, -1);
        }
        for (int t = 0; t < tables.size(); t++) {
            Table table = tables.get(t);
            int size = combinations(dimSets[tableDimSet[t]]);
            for (int local = 0; local < size; local++) {
                int cell = tableBase[t] + local;
                cellTable[cell] = t;
                cellNode[cell] = table.node();
                cellCoordinate[cell] = coordinateOfTableCell(t, local);
                cellAt[table.node()][cellCoordinate[cell]] = cell;
            }
        }

        List<Respondent> respondents = population.respondents();
        respondentCoordinates = new int[respondents.size()][dimSets.length];
        int[] directCounts = new int[nodeCount];
        for (int r = 0; r < respondents.size(); r++) {
            Respondent respondent = respondents.get(r);
            for (int s = 0; s < dimSets.length; s++) {
                respondentCoordinates[r][s] = dimSetOffset[s] + combo(dimSets[s], respondent);
            }
            directCounts[respondent.node()]++;
        }
        directRespondents = new int[nodeCount][];
        for (int node = 0; node < nodeCount; node++) {
            directRespondents[node] = new int[directCounts[node]];
        }
        int[] fill = new int[nodeCount];
        for (int r = 0; r < respondents.size(); r++) {
            int node = respondents.get(r).node();
            directRespondents[node][fill[node]++] = r;
        }
        atoms = new int[nodeCount][][];
        for (int node = 0; node < nodeCount; node++) {
            atoms[node] = distinctRows(directRespondents[node]);
        }

        int itemCount = population.items().size();
        count = new int[cellCount];
        answered = new int[itemCount][cellCount];
        optionCounts = new int[itemCount][];
        for (int j = 0; j < itemCount; j++) {
            optionCounts[j] = new int[cellCount * population.items().get(j).optionCount()];
        }
        for (int r = 0; r < respondents.size(); r++) {
            int[] answers = respondents.get(r).answers();
            for (int node = respondents.get(r).node(); node >= 0; node = parent[node]) {
                for (int coordinate : respondentCoordinates[r]) {
                    int cell = cellAt[node][coordinate];
                    if (cell < 0) {
                        continue;
                    }
                    count[cell]++;
                    for (int j = 0; j < itemCount; j++) {
                        if (answers[j] != Respondent.NOT_ANSWERED) {
                            answered[j][cell]++;
                            optionCounts[j][cell * population.items().get(j).optionCount() + answers[j]]++;
                        }
                    }
                }
            }
        }
    }

    int itemCount() {
        return answered.length;
    }

    int optionCount(int item) {
        return population.items().get(item).optionCount();
    }

    int[] options(int item, int cell) {
        int options = optionCount(item);
        return Arrays.copyOfRange(optionCounts[item], cell * options, (cell + 1) * options);
    }

    /** Category per table dimension (table order) of a cell. */
    List<Integer> categoriesOf(int cell) {
        int table = cellTable[cell];
        List<Integer> dims = tables.get(table).dimensions();
        int local = cell - tableBase[table];
        Integer[] categories = new Integer[dims.size()];
        for (int i = dims.size() - 1; i >= 0; i--) {
            int size = population.dimensions().get(dims.get(i)).categoryCount();
            categories[i] = local % size;
            local /= size;
        }
        return List.of(categories);
    }

    /** Every respondent attached to {@code node} or below it. */
    int[] respondentsBelow(int node) {
        java.util.stream.IntStream.Builder found = java.util.stream.IntStream.builder();
        int[] stack = new int[nodeCount];
        int top = 0;
        stack[top++] = node;
        while (top > 0) {
            int at = stack[--top];
            for (int child : children[at]) {
                stack[top++] = child;
            }
            for (int r : directRespondents[at]) {
                found.add(r);
            }
        }
        return found.build().toArray();
    }

    /** Whether a respondent's (or an atom's) coordinates include this one. */
    static boolean contains(int[] coordinates, int coordinate) {
        for (int c : coordinates) {
            if (c == coordinate) {
                return true;
            }
        }
        return false;
    }

    boolean isAncestorOrSelf(int ancestor, int node) {
        for (int at = node; at >= 0; at = parent[at]) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    String describe(int cell) {
        Table table = tables.get(cellTable[cell]);
        StringBuilder text = new StringBuilder("node ").append(table.node());
        List<Integer> categories = categoriesOf(cell);
        if (categories.isEmpty()) {
            text.append(" total");
        }
        for (int i = 0; i < categories.size(); i++) {
            Dimension dimension = population.dimensions().get(table.dimensions().get(i));
            text.append(i == 0 ? " " : " x ").append(dimension.name()).append('=')
                    .append(dimension.categories().get(categories.get(i)));
        }
        return text.toString();
    }

    private int coordinateOfTableCell(int table, int local) {
        List<Integer> dims = tables.get(table).dimensions();
        int[] categoryByDimension = new int[population.dimensions().size()];
        for (int i = dims.size() - 1; i >= 0; i--) {
            int size = population.dimensions().get(dims.get(i)).categoryCount();
            categoryByDimension[dims.get(i)] = local % size;
            local /= size;
        }
        int[] dimSet = dimSets[tableDimSet[table]];
        int combo = 0;
        for (int d : dimSet) {
            combo = combo * population.dimensions().get(d).categoryCount() + categoryByDimension[d];
        }
        return dimSetOffset[tableDimSet[table]] + combo;
    }

    private int combo(int[] dimSet, Respondent respondent) {
        int combo = 0;
        for (int d : dimSet) {
            combo = combo * population.dimensions().get(d).categoryCount() + respondent.category(d);
        }
        return combo;
    }

    private int combinations(int[] dimSet) {
        int size = 1;
        for (int d : dimSet) {
            size *= population.dimensions().get(d).categoryCount();
        }
        return size;
    }

    private int[][] distinctRows(int[] respondents) {
        List<int[]> rows = new ArrayList<>();
        for (int r : respondents) {
            rows.add(respondentCoordinates[r]);
        }
        rows.sort(Arrays::compare);
        List<int[]> distinct = new ArrayList<>();
        for (int[] row : rows) {
            if (distinct.isEmpty() || !Arrays.equals(distinct.get(distinct.size() - 1), row)) {
                distinct.add(row);
            }
        }
        return distinct.toArray(int[][]::new);
    }

    private static List<Integer> sorted(List<Integer> dims) {
        return dims.stream().sorted(Comparator.naturalOrder()).toList();
    }

    private static int[] postOrder(int[][] children) {
        int[] order = new int[children.length];
        int size = 0;
        int[] stack = new int[children.length];
        int[] next = new int[children.length];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int node = stack[top - 1];
            if (next[node] < children[node].length) {
                stack[top++] = children[node][next[node]++];
            } else {
                order[size++] = node;
                top--;
            }
        }
        return order;
    }
}
