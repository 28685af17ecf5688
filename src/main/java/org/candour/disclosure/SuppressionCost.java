package org.candour.disclosure;

/**
 * Which cell to give up first: the smallest (it carries the least information), then the lowest in the org tree,
 * then the most detailed table, then a fixed id so that the choice is deterministic.
 */
final class SuppressionCost {

    private SuppressionCost() {}

    /** True when {@code a} is cheaper to suppress than {@code b}. */
    static boolean cheaper(CellIndex index, int[] size, int a, int b) {
        if (b < 0) {
            return true;
        }
        if (size[a] != size[b]) {
            return size[a] < size[b];
        }
        int depthA = index.depth[index.cellNode[a]];
        int depthB = index.depth[index.cellNode[b]];
        if (depthA != depthB) {
            return depthA > depthB;
        }
        int detailA = index.dimSets[index.coordinateDimSet[index.cellCoordinate[a]]].length;
        int detailB = index.dimSets[index.coordinateDimSet[index.cellCoordinate[b]]].length;
        if (detailA != detailB) {
            return detailA > detailB;
        }
        return a < b;
    }
}
