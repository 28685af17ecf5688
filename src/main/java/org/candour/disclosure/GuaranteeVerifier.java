package org.candour.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * Independent check of a release against the guarantee of disclosure.md, by exact linear algebra over the
 * respondents (one column per respondent, no collapsing, no org-tree decomposition: a different route from the
 * engine on purpose). It shares only the input and output records with the engine.
 *
 * <p>Per level (the counts, then each item): the span of the published cells' indicator vectors. A set S of
 * respondents is "obtainable" when its indicator is in that span; its size is its respondent count (counts level)
 * or its number of answerers of the item (item level). Candidates checked: every catalogue cell; every pair of
 * nested cells (their difference); every union of hidden members (suppressed cells and the never-published
 * remainder of an org relation) of each relation; every basis row of the span that is a 0/1 vector. Obtainable
 * candidates of size 1..k-1 and obtainable banded or suppressed-small cell-items are violations. Beyond these
 * candidates, an exhaustive search ({@link VerifierSmallSets}) finds every obtainable set of 1..min(k-1, 4)
 * respondents, at the item level on the answerer columns (item figures say nothing about non-answerers, so
 * matching a set on its answerers is enough to learn its answers; banded cell-items are checked that way too).
 * It also checks rules 1 to 3 and that every published figure is the true one. Meant for forces of up to about
 * a thousand respondents (dense vectors); candidates are first screened with {@link VerifierBasis}'s modular test,
 * which can only rule out.
 */
public final class GuaranteeVerifier {

    /**
     * Largest population its dense algebra (one column per respondent) is run on at release time: about as far as
     * the engine's own search over the whole catalogue completes, so a release proven that way is checked twice.
     * Measured by DisclosureEngineBenchmark (250 units, 6 dimensions, 40 items): 3.6 s at 200 respondents, 8.8 s
     * at 500, 30.1 s at 1,000.
     */
    public static final int FEASIBLE_RESPONDENTS = 1_000;
    private static final int MAX_SUBSET_MEMBERS = 12;

    public VerificationReport verify(Population population, Catalogue catalogue, ProtectedRelease release, int k) {
        List<String> violations = new ArrayList<>();
        try {
            new Check(population, catalogue, release, k, violations).run();
        } catch (ArithmeticException overflow) {
            violations.add("could not verify: exact arithmetic overflow");
        }
        return new VerificationReport(violations);
    }

    private static final class Check {
        private final Population population;
        private final Catalogue catalogue;
        private final ProtectedRelease release;
        private final int k;
        private final List<String> violations;
        private final int respondentCount;
        private final List<BitSet> members = new ArrayList<>();
        private final List<ProtectedRelease.CellRelease> cells = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private final List<int[]> relations = new ArrayList<>();
        private final List<BitSet> relationRemainders = new ArrayList<>();
        /** Cells with inner inside outer and not equal to it: the same on every level, so found once. */
        private final List<NestedPair> nestedPairs = new ArrayList<>();

        Check(Population population, Catalogue catalogue, ProtectedRelease release, int k, List<String> violations) {
            this.population = population;
            this.catalogue = catalogue;
            this.release = release;
            this.k = k;
            this.violations = violations;
            this.respondentCount = population.respondents().size();
        }

        void run() {
            if (release.tables().size() != catalogue.tables().size()) {
                violations.add("release has " + release.tables().size() + " tables, catalogue "
                        + catalogue.tables().size());
                return;
            }
            collectCells();
            collectRelations();
            collectNestedPairs();
            checkCountsLevel();
            for (int item = 0; item < population.items().size(); item++) {
                checkItemLevel(item);
            }
        }

        private void collectCells() {
            int[][] children = population.tree().children();
            for (int t = 0; t < catalogue.tables().size(); t++) {
                Table table = catalogue.tables().get(t);
                ProtectedRelease.TableRelease tableRelease = release.tables().get(t);
                for (ProtectedRelease.CellRelease cell : tableRelease.cells()) {
                    BitSet set = new BitSet(respondentCount);
                    for (int r = 0; r < respondentCount; r++) {
                        Respondent respondent = population.respondents().get(r);
                        boolean inside = population.tree().isAncestorOrSelf(table.node(), respondent.node());
                        for (int i = 0; i < table.dimensions().size() && inside; i++) {
                            inside = respondent.category(table.dimensions().get(i)) == cell.categories().get(i);
                        }
                        set.set(r, inside);
                    }
                    members.add(set);
                    cells.add(cell);
                    names.add("node " + table.node() + " " + table.dimensions() + "=" + cell.categories());
                    checkPublishedFigures(cells.size() - 1);
                }
            }
            if (children.length == 0) {
                violations.add("empty org tree");
            }
        }

        private void checkPublishedFigures(int c) {
            ProtectedRelease.CellRelease cell = cells.get(c);
            int n = members.get(c).cardinality();
            if (cell.status() == CellStatus.SUPPRESSED) {
                return;
            }
            if (cell.count() != n) {
                violations.add(names.get(c) + ": published count " + cell.count() + " but true count " + n);
            }
            if (n >= 1 && n < k) {
                violations.add(names.get(c) + ": rule 1, " + n + " respondents published");
            }
            for (int item = 0; item < population.items().size(); item++) {
                ProtectedRelease.ItemRelease figures = cell.items().get(item);
                int[] truth = optionCounts(members.get(c), item);
                int answered = java.util.Arrays.stream(truth).sum();
                if (figures.status() != ItemStatus.PUBLISHED) {
                    continue;
                }
                if (!java.util.Arrays.equals(figures.optionCounts(), truth)) {
                    violations.add(names.get(c) + " item " + item + ": published counts differ from the truth");
                }
                if (answered >= 1 && answered < k) {
                    violations.add(names.get(c) + " item " + item + ": rule 2, " + answered + " answers published");
                }
                if (answered >= k && isHomogeneous(population.items().get(item), truth, answered)) {
                    violations.add(names.get(c) + " item " + item + ": rule 3, homogeneous answers published exactly");
                }
            }
        }

        private int[] optionCounts(BitSet set, int item) {
            int[] counts = new int[population.items().get(item).optionCount()];
            for (int r = set.nextSetBit(0); r >= 0; r = set.nextSetBit(r + 1)) {
                int answer = population.respondents().get(r).answer(item);
                if (answer >= 0) {
                    counts[answer]++;
                }
            }
            return counts;
        }

        private static boolean isHomogeneous(Item item, int[] counts, int answered) {
            if (item.kind() == ItemKind.NOMINAL) {
                return java.util.Arrays.stream(counts).max().orElse(0) >= answered - 1;
            }
            int favourable = 0;
            int unfavourable = 0;
            for (int option : item.favourableOptions()) {
                favourable += counts[option];
            }
            for (int option : item.unfavourableOptions()) {
                unfavourable += counts[option];
            }
            return favourable >= answered - 1 || unfavourable >= answered - 1;
        }

        /** Relations found again from the catalogue: table totals, cross margins, org node vs child nodes. */
        private void collectRelations() {
            List<Table> tables = catalogue.tables();
            int[] first = new int[tables.size()];
            int running = 0;
            for (int t = 0; t < tables.size(); t++) {
                first[t] = running;
                running += release.tables().get(t).cells().size();
            }
            for (int a = 0; a < tables.size(); a++) {
                for (int b = 0; b < tables.size(); b++) {
                    Table parent = tables.get(a);
                    Table child = tables.get(b);
                    boolean sameNodeFiner = parent.node() == child.node()
                            && child.dimensions().containsAll(parent.dimensions())
                            && child.dimensions().size() == parent.dimensions().size() + 1;
                    boolean childNode = population.tree().parentOf(child.node()) == parent.node()
                            && child.node() != 0
                            && new java.util.HashSet<>(child.dimensions()).equals(
                                    new java.util.HashSet<>(parent.dimensions()));
                    if (!sameNodeFiner && !childNode) {
                        continue;
                    }
                    for (int p = 0; p < release.tables().get(a).cells().size(); p++) {
                        int parentCell = first[a] + p;
                        List<Integer> parts = new ArrayList<>();
                        for (int c = 0; c < release.tables().get(b).cells().size(); c++) {
                            int childCell = first[b] + c;
                            if (sameNodeFiner ? compatible(parent, p, child, c) : matches(parent, p, child, c)) {
                                parts.add(childCell);
                            }
                        }
                        addRelation(parentCell, parts);
                    }
                }
            }
        }

        private boolean compatible(Table parent, int p, Table child, int c) {
            List<Integer> pc = release.tables().get(catalogue.tables().indexOf(parent)).cells().get(p).categories();
            List<Integer> cc = release.tables().get(catalogue.tables().indexOf(child)).cells().get(c).categories();
            for (int i = 0; i < parent.dimensions().size(); i++) {
                int position = child.dimensions().indexOf(parent.dimensions().get(i));
                if (!cc.get(position).equals(pc.get(i))) {
                    return false;
                }
            }
            return true;
        }

        private boolean matches(Table parent, int p, Table child, int c) {
            return compatible(parent, p, child, c);
        }

        /** Org relations group all child-node tables of one parent cell: merge them by parent cell. */
        private void addRelation(int parentCell, List<Integer> parts) {
            for (int i = 0; i < relations.size(); i++) {
                int[] existing = relations.get(i);
                if (existing[0] == parentCell && sameKind(existing, parts)) {
                    int[] merged = java.util.Arrays.copyOf(existing, existing.length + parts.size());
                    for (int j = 0; j < parts.size(); j++) {
                        merged[existing.length + j] = parts.get(j);
                    }
                    relations.set(i, merged);
                    relationRemainders.set(i, remainder(merged));
                    return;
                }
            }
            int[] relation = new int[parts.size() + 1];
            relation[0] = parentCell;
            for (int j = 0; j < parts.size(); j++) {
                relation[j + 1] = parts.get(j);
            }
            relations.add(relation);
            relationRemainders.add(remainder(relation));
        }

        /** Same node (finer table) relations stay separate; child-node relations of one cell are merged. */
        private boolean sameKind(int[] existing, List<Integer> parts) {
            if (existing.length < 2 || parts.isEmpty()) {
                return false;
            }
            int existingNode = nodeOf(existing[1]);
            int newNode = nodeOf(parts.get(0));
            int parentNode = nodeOf(existing[0]);
            return existingNode != parentNode && newNode != parentNode;
        }

        private int nodeOf(int cell) {
            int running = 0;
            for (int t = 0; t < catalogue.tables().size(); t++) {
                running += release.tables().get(t).cells().size();
                if (cell < running) {
                    return catalogue.tables().get(t).node();
                }
            }
            throw new IllegalStateException();
        }

        private BitSet remainder(int[] relation) {
            BitSet rest = (BitSet) members.get(relation[0]).clone();
            for (int i = 1; i < relation.length; i++) {
                rest.andNot(members.get(relation[i]));
            }
            return rest;
        }

        private void collectNestedPairs() {
            for (int a = 0; a < cells.size(); a++) {
                if (members.get(a).isEmpty()) {
                    continue; // b minus nothing is b itself, a candidate already
                }
                for (int b = 0; b < cells.size(); b++) {
                    if (a == b || members.get(a).equals(members.get(b))) {
                        continue;
                    }
                    BitSet outside = (BitSet) members.get(a).clone();
                    outside.andNot(members.get(b));
                    if (outside.isEmpty()) {
                        BitSet difference = (BitSet) members.get(b).clone();
                        difference.andNot(members.get(a));
                        nestedPairs.add(new NestedPair(a, b, difference));
                    }
                }
            }
        }

        private void checkCountsLevel() {
            VerifierBasis basis = new VerifierBasis();
            boolean[] published = new boolean[cells.size()];
            for (int c = 0; c < cells.size(); c++) {
                published[c] = cells.get(c).status() == CellStatus.PUBLISHED;
                if (published[c]) {
                    basis.add(indicator(members.get(c)));
                }
            }
            checkLevel("counts", basis, published, null);
            BitSet everybody = new BitSet(respondentCount);
            everybody.set(0, respondentCount);
            reportSmallSets("counts", basis, everybody);
        }

        private void checkItemLevel(int item) {
            VerifierBasis basis = new VerifierBasis();
            VerifierBasis onAnswerers = new VerifierBasis();
            boolean[] published = new boolean[cells.size()];
            BitSet answerers = new BitSet(respondentCount);
            for (int r = 0; r < respondentCount; r++) {
                answerers.set(r, population.respondents().get(r).answer(item) >= 0);
            }
            for (int c = 0; c < cells.size(); c++) {
                ProtectedRelease.CellRelease cell = cells.get(c);
                published[c] = cell.status() == CellStatus.PUBLISHED
                        && cell.items().get(item).status() == ItemStatus.PUBLISHED;
                if (published[c]) {
                    basis.add(indicator(members.get(c)));
                    onAnswerers.add(indicator(restrict(members.get(c), answerers)));
                }
            }
            for (int c = 0; c < cells.size(); c++) {
                ProtectedRelease.CellRelease cell = cells.get(c);
                if (cell.status() == CellStatus.PUBLISHED && cell.items().get(item).status() == ItemStatus.BANDED
                        && onAnswerers.containsIndicator(restrict(members.get(c), answerers), respondentCount)) {
                    violations.add(names.get(c) + " item " + item + ": banded figures obtainable exactly");
                }
            }
            checkLevel("item " + item, basis, published, answerers);
            reportSmallSets("item " + item, onAnswerers, answerers);
        }

        /**
         * Item figures say nothing about non-answerers, so a combination that equals a set on its answerers gives
         * that set's answers whatever it does elsewhere: the item level is also checked on answerer columns.
         */
        private static BitSet restrict(BitSet set, BitSet answerers) {
            BitSet restricted = (BitSet) set.clone();
            restricted.and(answerers);
            return restricted;
        }

        private void reportSmallSets(String level, VerifierBasis basis, BitSet population) {
            for (BitSet set : VerifierSmallSets.find(basis, respondentCount, population, k)) {
                violations.add(level + ": exhaustive search finds " + set.cardinality() + " respondent(s) " + set
                        + " obtainable from published figures");
            }
        }

        /** Size of a set at this level: respondents, or answerers of the item. */
        private int size(BitSet set, BitSet answerers) {
            if (answerers == null) {
                return set.cardinality();
            }
            BitSet answered = (BitSet) set.clone();
            answered.and(answerers);
            return answered.cardinality();
        }

        private void checkLevel(String level, VerifierBasis basis, boolean[] published, BitSet answerers) {
            for (int c = 0; c < cells.size(); c++) {
                String name = names.get(c);
                reportIfObtainable(level, basis, members.get(c), answerers, () -> "cell " + name);
            }
            for (NestedPair pair : nestedPairs) {
                reportIfObtainable(level, basis, pair.difference(), answerers,
                        () -> "difference of " + names.get(pair.outer()) + " and " + names.get(pair.inner()));
            }
            for (int r = 0; r < relations.size(); r++) {
                int[] relation = relations.get(r);
                List<BitSet> hidden = new ArrayList<>();
                for (int i = 1; i < relation.length; i++) {
                    if (!published[relation[i]] && !members.get(relation[i]).isEmpty()) {
                        hidden.add(members.get(relation[i]));
                    }
                }
                if (!relationRemainders.get(r).isEmpty()) {
                    hidden.add(relationRemainders.get(r));
                }
                int count = Math.min(hidden.size(), MAX_SUBSET_MEMBERS);
                for (int mask = 1; mask < 1 << count; mask++) {
                    BitSet union = new BitSet(respondentCount);
                    for (int i = 0; i < count; i++) {
                        if ((mask & 1 << i) != 0) {
                            union.or(hidden.get(i));
                        }
                    }
                    reportIfObtainable(level, basis, union, answerers,
                            () -> "union of hidden parts below " + names.get(relation[0]));
                }
            }
            for (long[] row : basis.rows()) {
                BitSet support = zeroOneSupport(row);
                if (support != null) {
                    int size = size(support, answerers);
                    if (size >= 1 && size < k) {
                        violations.add(level + ": a combination of published figures isolates " + size
                                + " respondent(s) " + support);
                    }
                }
            }
        }

        private void reportIfObtainable(String level, VerifierBasis basis, BitSet set, BitSet answerers,
                Supplier<String> what) {
            int size = size(set, answerers);
            if (size >= 1 && size < k && basis.containsIndicator(set, respondentCount)) {
                violations.add(level + ": " + what.get() + " holds " + size + " and is obtainable from published figures");
            }
        }

        private static BitSet zeroOneSupport(long[] row) {
            long value = 0;
            BitSet support = new BitSet(row.length);
            for (int i = 0; i < row.length; i++) {
                if (row[i] == 0) {
                    continue;
                }
                if (value == 0) {
                    value = row[i];
                } else if (row[i] != value) {
                    return null;
                }
                support.set(i);
            }
            return support;
        }

        private long[] indicator(BitSet set) {
            long[] vector = new long[respondentCount];
            for (int r = set.nextSetBit(0); r >= 0; r = set.nextSetBit(r + 1)) {
                vector[r] = 1;
            }
            return vector;
        }
    }

    /** Two cells, inner inside outer, and the members of outer outside inner. */
    private record NestedPair(int inner, int outer, BitSet difference) {
    }
}
