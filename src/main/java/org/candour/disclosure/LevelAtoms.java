package org.candour.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of one level for the small-set search: groups of respondents that no catalogue cell can tell
 * apart (same node, same coordinates), with their size at that level.
 *
 * <p>Counts level: every respondent, size = respondents. Item level: only the respondents who answered the item,
 * size = answerers. Dropping non-answerers is deliberate: item figures say nothing about them, so a combination
 * that matches a set on the answerers (whatever it does on non-answerers) already gives that set's answers.
 * Every atom therefore has size at least 1, which bounds the search.
 */
final class LevelAtoms {

    final int[] node;
    final int[][] coordinates;
    final int[] size;

    private LevelAtoms(int[] node, int[][] coordinates, int[] size) {
        this.node = node;
        this.coordinates = coordinates;
        this.size = size;
    }

    int count() {
        return node.length;
    }

    static LevelAtoms counts(CellIndex index) {
        return build(index, -1);
    }

    static LevelAtoms answerers(CellIndex index, int item) {
        return build(index, item);
    }

    private static LevelAtoms build(CellIndex index, int item) {
        List<Respondent> respondents = index.population.respondents();
        List<Integer> nodes = new ArrayList<>();
        List<int[]> rows = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int node = 0; node < index.nodeCount; node++) {
            List<int[]> here = new ArrayList<>();
            for (int r : index.directRespondents[node]) {
                if (item < 0 || respondents.get(r).answer(item) != Respondent.NOT_ANSWERED) {
                    here.add(index.respondentCoordinates[r]);
                }
            }
            here.sort(Arrays::compare);
            for (int i = 0; i < here.size(); i++) {
                if (i > 0 && Arrays.equals(here.get(i - 1), here.get(i))) {
                    sizes.set(sizes.size() - 1, sizes.get(sizes.size() - 1) + 1);
                } else {
                    nodes.add(node);
                    rows.add(here.get(i));
                    sizes.add(1);
                }
            }
        }
        return new LevelAtoms(nodes.stream().mapToInt(Integer::intValue).toArray(), rows.toArray(int[][]::new),
                sizes.stream().mapToInt(Integer::intValue).toArray());
    }
}
