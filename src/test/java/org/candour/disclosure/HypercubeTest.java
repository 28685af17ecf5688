package org.candour.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The last-resort suppression for a stubborn target: the hypercube's cells, once hidden, make the target provably
 * not derivable; leaving any one of them published does not.
 */
class HypercubeTest {

    private static final int BLACK = 1;
    private static final int WHITE = 0;

    /** Force 0 with units 1 and 2; two Black men in unit 1 are the target (unit 1 total minus its White). */
    private final Population population = new Forces(new int[] {-1, 0, 0}, List.of(Forces.ETHNICITY, Forces.GENDER),
            List.of(Item.agreement("Q1")))
            .add(2, 1, new int[] {BLACK, 0}, 3).add(20, 1, new int[] {WHITE, 0}, 3).add(10, 1, new int[] {WHITE, 1}, 3)
            .add(3, 2, new int[] {BLACK, 0}, 3).add(20, 2, new int[] {WHITE, 0}, 3).add(10, 2, new int[] {WHITE, 1}, 3)
            .population();
    private final List<Table> tables = List.of(Table.total(0), Table.total(1), Table.total(2),
            Table.of(0, 0), Table.of(1, 0), Table.of(2, 0), Table.of(0, 1), Table.of(1, 1), Table.of(2, 1));
    private final CellIndex index = new CellIndex(population, new Catalogue(tables));

    @Test
    void hidingTheCubeMakesTheTargetNotDerivableAndEveryCellOfItIsNeeded() {
        int target = ethnicityCell(1, BLACK);
        boolean[] hidden = new boolean[index.cellCount];
        hidden[target] = true;
        Target blackInUnitOne = new Target.Builder(index).cell(target, 1).build("Black in unit 1");
        assertThat(derivable(blackInUnitOne, hidden)).as("before: unit 1 total minus White").isTrue();

        int[] cube = new Hypercube(index).cut(blackInUnitOne, index.count, hidden);

        assertThat(cube).containsExactlyInAnyOrder(ethnicityCell(1, WHITE), ethnicityCell(2, BLACK),
                ethnicityCell(2, WHITE));
        boolean[] withCube = hidden.clone();
        Arrays.stream(cube).forEach(cell -> withCube[cell] = true);
        assertThat(derivable(blackInUnitOne, withCube)).isFalse();
        for (int left : cube) {
            boolean[] broken = withCube.clone();
            broken[left] = false;
            assertThat(derivable(blackInUnitOne, broken)).as("with %s published", index.describe(left)).isTrue();
        }
    }

    @Test
    void noCubeWhenNoOtherUnitHasBothProfiles() {
        Population lonely = new Forces(new int[] {-1, 0, 0}, List.of(Forces.ETHNICITY, Forces.GENDER),
                List.of(Item.agreement("Q1")))
                .add(2, 1, new int[] {BLACK, 0}, 3).add(20, 1, new int[] {WHITE, 0}, 3)
                .add(20, 2, new int[] {WHITE, 1}, 3).population();
        CellIndex lonelyIndex = new CellIndex(lonely, new Catalogue(tables));
        int target = lonelyIndex.tableBase[4] + BLACK;
        boolean[] hidden = new boolean[lonelyIndex.cellCount];
        hidden[target] = true;
        Target blackInUnitOne = new Target.Builder(lonelyIndex).cell(target, 1).build("Black in unit 1");

        assertThat(new Hypercube(lonelyIndex).cut(blackInUnitOne, lonelyIndex.count, hidden)).isNull();
    }

    private int ethnicityCell(int node, int category) {
        return index.tableBase[3 + node] + category;
    }

    private boolean derivable(Target target, boolean[] hidden) {
        boolean[] visible = new boolean[hidden.length];
        for (int cell = 0; cell < hidden.length; cell++) {
            visible[cell] = !hidden[cell];
        }
        return new SpanCheck(index).run(visible, List.of(target), null, null, false).derivable()[0];
    }
}
