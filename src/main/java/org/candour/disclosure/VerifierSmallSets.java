package org.candour.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The verifier's exhaustive check for small obtainable sets (part of {@link GuaranteeVerifier}, written apart
 * from the engine): every set of 1..min(k-1, 4) of the given respondents whose indicator lies in the span.
 *
 * <p>A set S is in the row space exactly when it is orthogonal to the null space, i.e. when the rows of a null
 * space basis indexed by S sum to zero. Each respondent gets h(r) = (null basis row r) . w for a random w modulo
 * a prime ({@link VerifierBasis#nullSpaceHashes}); a set in the span has hash sum 0 for every w, so meeting in the middle over hash sums (singles,
 * pairs, pairs of pairs) misses none. Hash matches are then confirmed with the exact basis.
 */
final class VerifierSmallSets {

    private static final int MAX_SIZE = 4;

    private VerifierSmallSets() {}

    /** Obtainable sets among {@code population} (column indexes) of 1..min(k-1, 4) members. */
    static List<BitSet> find(VerifierBasis basis, int columns, BitSet population, int k) {
        long[] hash = basis.nullSpaceHashes(columns);
        if (hash == null) {
            throw new ArithmeticException("a pivot value is a multiple of the hash modulus");
        }
        int[] members = population.stream().toArray();
        int largest = Math.min(k - 1, MAX_SIZE);
        List<BitSet> found = new ArrayList<>();
        Map<Long, List<Integer>> single = new HashMap<>();
        for (int i = 0; i < members.length; i++) {
            single.computeIfAbsent(hash[members[i]], h -> new ArrayList<>()).add(i);
        }
        for (int a = 0; a < members.length; a++) {
            if (hash[members[a]] == 0) {
                confirm(basis, columns, found, members, a);
            }
            if (largest >= 2) {
                for (int b : single.getOrDefault(VerifierBasis.negate(hash[members[a]]), List.of())) {
                    if (b > a) {
                        confirm(basis, columns, found, members, a, b);
                    }
                }
            }
        }
        if (largest < 3) {
            return found;
        }
        Map<Long, List<int[]>> pairs = new HashMap<>();
        for (int a = 0; a < members.length; a++) {
            for (int b = a + 1; b < members.length; b++) {
                long sum = VerifierBasis.add(hash[members[a]], hash[members[b]]);
                for (int c : single.getOrDefault(VerifierBasis.negate(sum), List.of())) {
                    if (c > b) {
                        confirm(basis, columns, found, members, a, b, c);
                    }
                }
                if (largest >= 4) {
                    pairs.computeIfAbsent(sum, h -> new ArrayList<>()).add(new int[] {a, b});
                }
            }
        }
        for (Map.Entry<Long, List<int[]>> entry : pairs.entrySet()) {
            for (int[] low : entry.getValue()) {
                for (int[] high : pairs.getOrDefault(VerifierBasis.negate(entry.getKey()), List.of())) {
                    if (low[1] < high[0]) {
                        confirm(basis, columns, found, members, low[0], low[1], high[0], high[1]);
                    }
                }
            }
        }
        return found;
    }

    private static void confirm(VerifierBasis basis, int columns, List<BitSet> found, int[] members, int... picked) {
        long[] vector = new long[columns];
        BitSet set = new BitSet(columns);
        for (int i : picked) {
            vector[members[i]] = 1;
            set.set(members[i]);
        }
        if (basis.containsExactly(vector)) { // the hashes already match: only the exact answer adds anything
            found.add(set);
        }
    }
}
