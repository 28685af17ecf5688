package org.candour.disclosure;

import java.util.Map;
import java.util.TreeMap;

/**
 * A protection target: a signed sum of catalogue cells (and relation remainders) whose figures must not be
 * obtainable from the published ones. Terms are (node, coordinate, sign); {@code cells} are the real cells
 * involved and {@code relation} the relation whose remainder is involved (-1 if none), used to choose cells to
 * suppress when the target turns out derivable.
 */
record Target(long[] terms, int[] cells, int relation, String key, String description) {

    static final class Builder {
        private final CellIndex index;
        private final Map<Long, Integer> terms = new TreeMap<>();
        private final java.util.List<Integer> cells = new java.util.ArrayList<>();
        private int relation = -1;

        Builder(CellIndex index) {
            this.index = index;
        }

        Builder cell(int cell, int sign) {
            cells.add(cell);
            return term(index.cellNode[cell], index.cellCoordinate[cell], sign);
        }

        /** The hidden remainder of an org relation: parent minus the listed children. */
        Builder remainder(Relations.Relation rel, int relationId) {
            relation = relationId;
            term(index.cellNode[rel.parent()], index.cellCoordinate[rel.parent()], 1);
            for (int child : rel.children()) {
                term(index.cellNode[child], index.cellCoordinate[child], -1);
            }
            return this;
        }

        private Builder term(int node, int coordinate, int sign) {
            terms.merge((long) node * index.coordinateCount + coordinate, sign, Integer::sum);
            return this;
        }

        Target build(String description) {
            long[] packed = terms.entrySet().stream().filter(e -> e.getValue() != 0)
                    .mapToLong(e -> e.getKey() * 8 + (e.getValue() + 4)).toArray();
            return new Target(packed, cells.stream().mapToInt(Integer::intValue).toArray(), relation,
                    java.util.Arrays.toString(packed), description);
        }
    }

    int termCount() {
        return terms.length;
    }

    int termNode(int term, int coordinateCount) {
        return (int) ((terms[term] / 8) / coordinateCount);
    }

    int termCoordinate(int term, int coordinateCount) {
        return (int) ((terms[term] / 8) % coordinateCount);
    }

    int termSign(int term) {
        return (int) (terms[term] % 8) - 4;
    }
}
