package org.candour.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The small-set search reduces without the log of combinations and repeats the elimination with it only after a
 * find, taking the found rows by number: so both must give the same rows, pivots and values.
 */
class SparseEchelonTest {

    @Test
    void theLogNeverSteersTheElimination() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            int width = 5 + random.nextInt(40);
            int inputs = 3 + random.nextInt(40);
            int[] priority = new int[width];
            for (int column = 0; column < width; column++) {
                priority[column] = random.nextInt(3);
            }
            SparseEchelon plain = new SparseEchelon(width, inputs, priority, false);
            SparseEchelon logged = new SparseEchelon(width, inputs, priority, true);
            for (int input = 0; input < inputs; input++) {
                TreeSet<Integer> ones = new TreeSet<>();
                int count = 1 + random.nextInt(Math.min(width, 8));
                while (ones.size() < count) {
                    ones.add(random.nextInt(width));
                }
                int[] row = ones.stream().mapToInt(Integer::intValue).toArray();
                plain.insert(input, row);
                logged.insert(input, row);
            }
            assertThat(plain.rank()).isEqualTo(logged.rank());
            for (int row = 0; row < plain.rank(); row++) {
                assertThat(plain.pivotColumn(row)).isEqualTo(logged.pivotColumn(row));
                assertThat(plain.columns(row)).containsExactly(logged.columns(row));
                assertThat(plain.values(row)).containsExactly(logged.values(row));
            }
        }
    }

    @Test
    void withoutTheLogItRefusesToNameCombinations() {
        SparseEchelon plain = new SparseEchelon(3, 2, new int[3], false);
        plain.insert(0, new int[] {0, 1});
        assertThatThrownBy(() -> plain.addCombination(0, new long[2])).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> plain.dependent(0)).isInstanceOf(IllegalStateException.class);
    }
}
