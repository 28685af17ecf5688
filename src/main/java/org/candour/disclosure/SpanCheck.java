package org.candour.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Step (2) of the engine: the exact test "is this target a linear combination of the published cells?", for all
 * targets at once, decomposed by org subtree.
 *
 * <p><b>Reduction.</b> A published cell (N, u) is the indicator "respondent below N whose coordinate is u". A
 * combination of published cells gives each respondent the value {@code sum over its ancestors A of h_A(profile)},
 * where h_A is a function spanned by A's published coordinates. Bottom-up, node N keeps the set of contributions f
 * from its strict ancestors that can still be completed inside its subtree, as an integer system {@code A f = b}
 * over coordinates: its direct members' rows ("atoms") and its children's systems, after which N's published
 * coordinates are projected out (they may take any value). A target (a signed sum of cells) enters as a
 * right-hand side: each term (N, u, s) adds {@code s * A_N[., u]} at node N. The target is derivable exactly when
 * its right-hand side ends as zero: on the root's rows (f = 0 there) and on every all-zero row met on the way
 * (an equation 0 = b). The systems never have more rows than there are coordinates.
 *
 * <p><b>Exactness.</b> The elimination itself is exact integer arithmetic. Right-hand sides are not carried
 * forward (that would cost one column per target); instead a few fixed pseudo-random weightings of the final
 * right-hand side components are pulled back through the logged row operations (the adjoint), giving for every
 * (node, coordinate) the weight of a term there. A target's weighted sum non-zero modulo p proves that its
 * right-hand side is non-zero over the rationals, hence "not derivable". A zero sum is treated as "derivable",
 * which can only cause extra suppression, never a disclosure.
 */
final class SpanCheck {

    private static final int WEIGHTINGS = 2;
    private static final long SEED = 0x5EEDCAFEL;

    private final CellIndex index;

    SpanCheck(CellIndex index) {
        this.index = index;
    }

    record Outcome(boolean[] derivable, ExactRow[][] systems) {}

    /**
     * @param visible per cell: published at this level
     * @param cached  homogeneous per-node systems of an earlier run, reused for nodes that are not dirty (or null)
     * @param dirty   nodes to recompute when {@code cached} is given (closed under ancestors, root included)
     * @param keep    whether to return this run's per-node systems for later reuse
     */
    Outcome run(boolean[] visible, List<Target> targets, ExactRow[][] cached, boolean[] dirty, boolean keep) {
        int m = index.coordinateCount;
        IntegerElimination[] logs = new IntegerElimination[index.nodeCount];
        int[][] childStart = new int[index.nodeCount][];
        ExactRow[][] outputs = new ExactRow[index.nodeCount][];
        for (int node : index.postOrder) {
            if (dirty != null && !dirty[node]) {
                continue;
            }
            List<ExactRow> rows = new ArrayList<>();
            int[] starts = new int[index.children[node].length];
            for (int c = 0; c < index.children[node].length; c++) {
                int child = index.children[node][c];
                starts[c] = rows.size();
                ExactRow[] childRows = dirty == null || dirty[child] ? outputs[child] : cached[child];
                for (ExactRow row : childRows) {
                    rows.add(row.copy());
                }
            }
            for (int[] atom : index.atoms[node]) {
                long[] row = new long[m];
                for (int coordinate : atom) {
                    row[coordinate]++;
                }
                rows.add(new ExactRow(row));
            }
            IntegerElimination elimination = new IntegerElimination(rows.toArray(ExactRow[]::new), m);
            for (int coordinate = 0; coordinate < m; coordinate++) {
                int cell = index.cellAt[node][coordinate];
                if (cell >= 0 && visible[cell]) {
                    elimination.project(coordinate);
                }
            }
            elimination.echelon();
            logs[node] = elimination;
            childStart[node] = starts;
            int[] out = elimination.outputs();
            outputs[node] = new ExactRow[out.length];
            for (int i = 0; i < out.length; i++) {
                outputs[node][i] = elimination.rows[out[i]];
            }
        }
        boolean[] derivable = new boolean[targets.size()];
        java.util.Arrays.fill(derivable, true);
        SplittableRandom random = new SplittableRandom(SEED);
        for (int w = 0; w < WEIGHTINGS; w++) {
            long[][] termWeight = termWeights(logs, childStart, outputs, dirty, random.split());
            for (int t = 0; t < targets.size(); t++) {
                if (derivable[t] && weightedSum(targets.get(t), termWeight) != 0) {
                    derivable[t] = false;
                }
            }
        }
        return new Outcome(derivable, keep ? outputs : null);
    }

    /**
     * The adjoint pass: random weights on the root's rows and on every all-zero row, pulled back to each node's
     * output rows; then the weight of a unit term at (node, coordinate).
     */
    private long[][] termWeights(IntegerElimination[] logs, int[][] childStart, ExactRow[][] outputs, boolean[] dirty,
            SplittableRandom random) {
        int m = index.coordinateCount;
        long[][] outputWeight = new long[index.nodeCount][];
        long[][] termWeight = new long[index.nodeCount][];
        for (int i = index.postOrder.length - 1; i >= 0; i--) {
            int node = index.postOrder[i];
            IntegerElimination log = logs[node];
            if (log == null) {
                continue;
            }
            long[] slotWeight = new long[log.rows.length];
            int[] out = log.outputs();
            long[] own = node == 0 ? randomWeights(out.length, random) : outputWeight[node];
            for (int r = 0; r < out.length; r++) {
                slotWeight[out[r]] = own[r];
            }
            for (int zero : log.zeros()) {
                slotWeight[zero] = ModularCertificate.reduce(random.nextLong() & Long.MAX_VALUE);
            }
            long[] terms = new long[m];
            for (int r = 0; r < out.length; r++) {
                ExactRow row = outputs[node][r];
                for (int u = 0; u < m; u++) {
                    if (!row.isZero(u)) {
                        terms[u] = ModularCertificate.add(terms[u],
                                ModularCertificate.multiply(own[r], row.residue(u)));
                    }
                }
            }
            termWeight[node] = terms;
            for (int op = log.opCount() - 1; op >= 0; op--) {
                int row = log.opRow(op);
                if (log.opKind(op) == IntegerElimination.DIVIDE) {
                    long inverse = ModularCertificate.inverse(ModularCertificate.reduce(log.opAlpha(op)));
                    slotWeight[row] = ModularCertificate.multiply(slotWeight[row], inverse);
                } else {
                    int pivot = log.opPivot(op);
                    long beta = ModularCertificate.reduce(log.opBeta(op));
                    slotWeight[pivot] = ModularCertificate.subtract(slotWeight[pivot],
                            ModularCertificate.multiply(beta, slotWeight[row]));
                    slotWeight[row] = ModularCertificate.multiply(ModularCertificate.reduce(log.opAlpha(op)),
                            slotWeight[row]);
                }
            }
            int[] children = index.children[node];
            for (int c = 0; c < children.length; c++) {
                int child = children[c];
                if (dirty != null && !dirty[child]) {
                    continue;
                }
                long[] weights = new long[outputs[child].length];
                System.arraycopy(slotWeight, childStart[node][c], weights, 0, weights.length);
                outputWeight[child] = weights;
            }
        }
        return termWeight;
    }

    private long weightedSum(Target target, long[][] termWeight) {
        int m = index.coordinateCount;
        long sum = 0;
        for (int term = 0; term < target.termCount(); term++) {
            long weight = termWeight[target.termNode(term, m)][target.termCoordinate(term, m)];
            long sign = ModularCertificate.reduce(target.termSign(term));
            sum = ModularCertificate.add(sum, ModularCertificate.multiply(sign, weight));
        }
        return sum;
    }

    private static long[] randomWeights(int size, SplittableRandom random) {
        long[] weights = new long[size];
        for (int i = 0; i < size; i++) {
            weights[i] = ModularCertificate.reduce(random.nextLong() & Long.MAX_VALUE);
        }
        return weights;
    }
}
