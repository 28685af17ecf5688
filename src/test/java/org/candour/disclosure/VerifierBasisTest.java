package org.candour.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The verifier's modular shortcut may only ever say "outside the span" when exact elimination says so too: a
 * wrong "outside" would let the verifier pass a release that discloses. Checked against the exact answer on
 * cell-like rows (tables of one and two attributes, some cells left out, as suppression does) plus odd cycles, whose
 * reduced rows have pivot values above 1, so the hash's division by the pivot is exercised.
 */
class VerifierBasisTest {

    @Test
    void theModularShortcutAgreesWithExactEliminationOnEveryCandidate() {
        SplittableRandom random = new SplittableRandom(11);
        int inside = 0;
        int outside = 0;
        boolean pivotAboveOne = false;
        for (int trial = 0; trial < 60; trial++) {
            int respondents = 10 + random.nextInt(50);
            List<BitSet> cells = cellLikeSets(random, respondents);
            cells.addAll(triangles(random, respondents)); // odd cycles: pivot values of 2 after reduction
            VerifierBasis basis = new VerifierBasis();
            List<BitSet> published = new ArrayList<>();
            for (BitSet cell : cells) {
                if (random.nextInt(4) > 0) {
                    published.add(cell);
                    basis.add(indicator(cell, respondents));
                }
            }
            for (int row = 0; row < basis.rows().size(); row++) {
                pivotAboveOne |= Math.abs(basis.rows().get(row)[basis.pivots().get(row)]) > 1;
            }
            for (BitSet candidate : candidates(random, cells, respondents)) {
                boolean exact = basis.containsExactly(indicator(candidate, respondents));
                assertThat(basis.containsIndicator(candidate, respondents))
                        .as("trial %d, candidate %s", trial, candidate).isEqualTo(exact);
                if (exact) {
                    inside++;
                } else {
                    outside++;
                }
            }
            for (BitSet cell : published) {
                assertThat(basis.containsIndicator(cell, respondents)).isTrue();
            }
        }
        assertThat(pivotAboveOne).as("some reduced row has a pivot value above 1").isTrue();
        assertThat(inside).as("candidates inside the span").isGreaterThan(500);
        assertThat(outside).as("candidates outside the span").isGreaterThan(500);
    }

    /** Every cell of the tables {total, a, b, c, a x b, a x c} over random respondents with three attributes. */
    private static List<BitSet> cellLikeSets(SplittableRandom random, int respondents) {
        int[][] attribute = new int[respondents][3];
        for (int r = 0; r < respondents; r++) {
            for (int a = 0; a < 3; a++) {
                attribute[r][a] = random.nextInt(2 + a);
            }
        }
        List<BitSet> cells = new ArrayList<>();
        BitSet total = new BitSet(respondents);
        total.set(0, respondents);
        cells.add(total);
        int[][] tables = {{0}, {1}, {2}, {0, 1}, {0, 2}};
        for (int[] dimensions : tables) {
            int combinations = 1;
            for (int dimension : dimensions) {
                combinations *= 2 + dimension;
            }
            for (int combination = 0; combination < combinations; combination++) {
                BitSet cell = new BitSet(respondents);
                for (int r = 0; r < respondents; r++) {
                    int code = 0;
                    for (int dimension : dimensions) {
                        code = code * (2 + dimension) + attribute[r][dimension];
                    }
                    cell.set(r, code == combination);
                }
                if (!cell.isEmpty()) {
                    cells.add(cell);
                }
            }
        }
        return cells;
    }

    /** Sets {x, y}, {y, z}, {x, z}: their reduced rows have a pivot value of 2. */
    private static List<BitSet> triangles(SplittableRandom random, int respondents) {
        List<BitSet> sets = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int x = random.nextInt(respondents);
            int y = random.nextInt(respondents);
            int z = random.nextInt(respondents);
            for (int[] pair : new int[][] {{x, y}, {y, z}, {x, z}}) {
                BitSet set = new BitSet(respondents);
                set.set(pair[0]);
                set.set(pair[1]);
                sets.add(set);
            }
        }
        return sets;
    }

    /** Every cell, every difference of nested cells, and random small sets. */
    private static List<BitSet> candidates(SplittableRandom random, List<BitSet> cells, int respondents) {
        List<BitSet> candidates = new ArrayList<>(cells);
        for (BitSet small : cells) {
            for (BitSet big : cells) {
                BitSet outside = (BitSet) small.clone();
                outside.andNot(big);
                if (small != big && outside.isEmpty()) {
                    BitSet difference = (BitSet) big.clone();
                    difference.andNot(small);
                    candidates.add(difference);
                }
            }
        }
        for (int i = 0; i < 40; i++) {
            BitSet set = new BitSet(respondents);
            int members = 1 + random.nextInt(4);
            for (int m = 0; m < members; m++) {
                set.set(random.nextInt(respondents));
            }
            candidates.add(set);
        }
        return candidates;
    }

    private static long[] indicator(BitSet set, int columns) {
        long[] vector = new long[columns];
        set.stream().forEach(c -> vector[c] = 1);
        return vector;
    }
}
