package org.candour.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Computes the protected release of a wave (rules 1 to 5 of disclosure.md). Deterministic: the same population,
 * catalogue and k always give the same release; no randomness and no hash iteration order is involved.
 *
 * <p>Counts are protected first, from cell counts only (rule 5). Then each item is protected on top of the
 * published cells, from its answerer counts and its bands (rule 3 is the one place where answers matter).
 * Each level runs the loop of disclosure.md: fast relation pass, exact span check, one more suppression per
 * derivable target, until no target is derivable; then the exhaustive small-set search, table family by table
 * family and then over the whole catalogue, which sends the loop round again for every obtainable set of 1..k-1
 * it finds.
 */
public final class DisclosureEngine {

    public static final int MINIMUM_K = 5;
    private static final int LOCAL_ATTEMPTS = 1;
    private static final int CRITICAL_CANDIDATES = 40;

    /**
     * Which exhaustive searches run; tests switch them off to show what each one catches. {@code brokenSplit} is
     * only for the test that shows the verifier catches a search whose {@link PigeonholeSplit} limits no longer
     * cover every small set (each limit one lower).
     */
    record Searches(Set<TableFamilies.Kind> families, boolean wholeCatalogue, boolean brokenSplit) {
        static final Searches ALL = new Searches(true, true, false);

        Searches(boolean families, boolean wholeCatalogue, boolean brokenSplit) {
            this(families ? EnumSet.allOf(TableFamilies.Kind.class) : EnumSet.noneOf(TableFamilies.Kind.class),
                    wholeCatalogue, brokenSplit);
        }

        Searches(boolean families, boolean wholeCatalogue) {
            this(families, wholeCatalogue, false);
        }
    }

    private final Searches searches;

    public DisclosureEngine() {
        this(Searches.ALL);
    }

    DisclosureEngine(Searches searches) {
        this.searches = searches;
    }

    public ProtectedRelease protect(Population population, Catalogue catalogue, int k) {
        return protect(population, catalogue, k, ProgressListener.NONE);
    }

    /** As {@link #protect(Population, Catalogue, int)}, telling {@code progress} as each level is done. */
    public ProtectedRelease protect(Population population, Catalogue catalogue, int k, ProgressListener progress) {
        if (k < MINIMUM_K) {
            throw new IllegalArgumentException("k must be at least " + MINIMUM_K);
        }
        Run run = new Run(population, catalogue, k, searches);
        return run.release(progress);
    }

    /** One protection run; holds the derived structures of one population and catalogue. */
    private static final class Run {
        private final CellIndex index;
        private final Relations relations;
        private final TargetFinder targets;
        private final SpanCheck span;
        private final SuppressionChooser chooser;
        private final SmallSetSearch smallSets;
        private final TableFamilies families;
        private final Hypercube hypercube;
        /** Whether the small-set search completed on every level (items run in parallel). */
        private final AtomicBoolean exhaustive;
        /** Whether the search per table family completed on every level. */
        private final AtomicBoolean familiesComplete;
        /**
         * Whether the item levels skip the whole-catalogue search (set on the counts level, before the items run):
         * the counts level ran out of budget, or needed more than half of it. The item levels have nearly the
         * counts' columns and a few rounds each; past that point they would nearly all spend their budget and some
         * still end out of reach (measured: 1,500 respondents over 250 nodes took 58 s instead of 13 s, unproven).
         */
        private boolean catalogueBeyondReachForItems;
        private final int k;

        private final Searches searches;

        Run(Population population, Catalogue catalogue, int k, Searches searches) {
            this.k = k;
            this.searches = searches;
            exhaustive = new AtomicBoolean(searches.wholeCatalogue());
            familiesComplete = new AtomicBoolean(EnumSet.allOf(TableFamilies.Kind.class).stream()
                    .allMatch(kind -> !kind.everyLevel || searches.families().contains(kind)));
            index = new CellIndex(population, catalogue);
            relations = new Relations(index);
            targets = new TargetFinder(index, relations, k);
            span = new SpanCheck(index);
            chooser = new SuppressionChooser(index, relations);
            smallSets = new SmallSetSearch(index, k, searches.brokenSplit());
            families = new TableFamilies(index);
            hypercube = new Hypercube(index);
        }

        ProtectedRelease release(ProgressListener progress) {
            int levels = index.itemCount() + 1;
            AtomicInteger done = new AtomicInteger();
            boolean[] cellHidden = new boolean[index.cellCount];
            for (int cell = 0; cell < index.cellCount; cell++) {
                cellHidden[cell] = index.count[cell] >= 1 && index.count[cell] < k;
            }
            ExactRow[][] countSystems = converge(index.count, cellHidden, targets.countPairs,
                    () -> targets.countTargets(cellHidden), LevelAtoms.counts(index), null, null);
            progress.levelsDone(done.incrementAndGet(), levels);
            ItemProtection[] items = IntStream.range(0, index.itemCount()).parallel()
                    .mapToObj(item -> {
                        ItemProtection protection = protectItem(item, cellHidden, countSystems);
                        progress.levelsDone(done.incrementAndGet(), levels);
                        return protection;
                    })
                    .toArray(ItemProtection[]::new);
            return assemble(cellHidden, items);
        }

        private record ItemProtection(boolean[] hidden, Band[] bands) {}

        private ItemProtection protectItem(int item, boolean[] cellHidden, ExactRow[][] countSystems) {
            int[] answered = index.answered[item];
            boolean[] hidden = cellHidden.clone();
            Band[] bands = new Band[index.cellCount];
            boolean[] banded = new boolean[index.cellCount];
            for (int cell = 0; cell < index.cellCount; cell++) {
                if (cellHidden[cell]) {
                    continue;
                }
                if (answered[cell] >= 1 && answered[cell] < k) {
                    hidden[cell] = true;
                } else if (answered[cell] >= k) {
                    bands[cell] = Homogeneity.band(index.population.items().get(item), index.options(item, cell));
                    banded[cell] = bands[cell] != null;
                    hidden[cell] |= banded[cell];
                }
            }
            converge(answered, hidden, targets.itemPairs.get(item),
                    () -> targets.itemTargets(item, hidden, cellHidden, banded), LevelAtoms.answerers(index, item),
                    countSystems, cellHidden);
            return new ItemProtection(hidden, bands);
        }

        /**
         * The loop of disclosure.md on one level; returns the final per-node systems (used as a cache by the
         * item levels, whose pattern differs from the counts' only in a few subtrees). The listed targets come
         * first because they are cheap to check and catch most derivations; the small-set search then checks
         * the guarantee itself (any obtainable set of 1..k-1), and the loop ends only when it finds nothing.
         */
        private ExactRow[][] converge(int[] size, boolean[] hidden, List<int[]> pairs, Supplier<List<Target>> listTargets,
                LevelAtoms atoms, ExactRow[][] cache, boolean[] cacheHidden) {
            Map<String, Integer> attempts = new HashMap<>();
            // A target proven not derivable stays so when more cells are hidden (the span only shrinks): each
            // round checks only the targets not yet proven, and recomputes only the subtrees changed since the last.
            Set<String> proven = new HashSet<>();
            boolean[] familiesBeyondReach = new boolean[families.count()];
            boolean[][] familiesFoundNothing = new boolean[families.count()][];
            boolean itemLevel = cache != null;
            boolean catalogueBeyondReach = itemLevel && catalogueBeyondReachForItems;
            if (catalogueBeyondReach && searches.wholeCatalogue()) {
                exhaustive.set(false);
            }
            long catalogueBudget = SmallSetSearch.WORK_BUDGET_PER_LEVEL;
            ExactRow[][] systems = cache;
            boolean[] systemsHidden = cacheHidden;
            while (true) {
                FastPass.run(index, relations, size, hidden, k, pairs);
                List<Target> current = listTargets.get().stream().filter(t -> !proven.contains(t.key())).toList();
                boolean[] visible = new boolean[hidden.length];
                for (int cell = 0; cell < hidden.length; cell++) {
                    visible[cell] = !hidden[cell];
                }
                boolean[] dirty = systems == null ? null : dirtyNodes(hidden, systemsHidden, current);
                SpanCheck.Outcome outcome = span.run(visible, current, systems, dirty, true);
                systems = merge(outcome.systems(), systems);
                systemsHidden = hidden.clone();
                TreeSet<Integer> toHide = new TreeSet<>();
                for (int t = 0; t < current.size(); t++) {
                    Target target = current.get(t);
                    if (!outcome.derivable()[t]) {
                        proven.add(target.key());
                        continue;
                    }
                    int attempt = attempts.merge(target.key(), 1, Integer::sum) - 1;
                    // The exact trial of candidates costs a check each: worth it for the counts, whose choices
                    // every item inherits; item levels take the cheap choice every time.
                    int[] cells = attempt < LOCAL_ATTEMPTS || itemLevel
                            ? new int[] {chooser.choose(target, size, hidden)}
                            : criticalCells(target, size, hidden, systems);
                    if (cells[0] < 0) {
                        throw new IllegalStateException("derivable target without a visible cell: "
                                + target.description());
                    }
                    for (int cell : cells) {
                        toHide.add(cell);
                    }
                }
                if (toHide.isEmpty() && !searches.families().isEmpty()) {
                    toHide = cellsToHideInFamilies(atoms, hidden, size, familiesBeyondReach, familiesFoundNothing,
                            itemLevel);
                }
                if (toHide.isEmpty() && searches.wholeCatalogue() && !catalogueBeyondReach) {
                    SmallSetSearch.Outcome search = smallSets.cellsToHide(atoms, hidden, size, catalogueBudget);
                    catalogueBudget -= search.work();
                    toHide = search.cells();
                    if (!search.complete() && toHide.isEmpty()) {
                        exhaustive.set(false);
                        // As for a family: out of budget once, out of budget again next round (decided per level,
                        // so that the items, protected in parallel, stay deterministic).
                        catalogueBeyondReach = true;
                    }
                    boolean costly = catalogueBudget < SmallSetSearch.WORK_BUDGET_PER_LEVEL / 2;
                    if (!itemLevel && (catalogueBeyondReach || costly)) {
                        catalogueBeyondReachForItems = true;
                    }
                }
                if (toHide.isEmpty()) {
                    return systems;
                }
                toHide.forEach(cell -> hidden[cell] = true);
            }
        }

        /**
         * The small-set search over each table family, which completes where the search over the whole catalogue
         * cannot; one cell per obtainable set found. Kinds run cheapest first, and a round stops at the first kind
         * that finds something: the dearer families would mostly find the same sets again, and they run anyway in
         * the round that ends the loop, when nothing is found.
         */
        private TreeSet<Integer> cellsToHideInFamilies(LevelAtoms atoms, boolean[] hidden, int[] size,
                boolean[] beyondReach, boolean[][] foundNothing, boolean itemLevel) {
            TreeSet<Integer> toHide = new TreeSet<>();
            for (int family = 0; family < families.count(); family++) {
                TableFamilies.Kind kind = families.kind(family);
                if (family > 0 && kind != families.kind(family - 1) && !toHide.isEmpty()) {
                    break;
                }
                if (beyondReach[family] || itemLevel && !kind.everyLevel || !searches.families().contains(kind)) {
                    continue;
                }
                boolean[] restricted = families.restrict(hidden, family);
                if (Arrays.equals(restricted, foundNothing[family])) {
                    continue; // the same search as in an earlier round, which found nothing and completed
                }
                SmallSetSearch.Outcome search = smallSets.cellsToHideInFamily(atoms, restricted, size);
                foundNothing[family] = search.complete() && search.cells().isEmpty() ? restricted : null;
                toHide.addAll(search.cells());
                // A search that ran out of budget would do so again next round (hiding cells rarely shrinks it).
                beyondReach[family] = !search.complete();
                if (!search.complete() && kind.everyLevel) {
                    familiesComplete.set(false);
                }
            }
            return toHide;
        }

        /**
         * A cell whose suppression provably stops this target from being derivable, found by re-running the
         * exact check on the changed path only; else the cells of the cheapest hypercube that does it; else the
         * cheapest overlapping cell.
         */
        private int[] criticalCells(Target target, int[] size, boolean[] hidden, ExactRow[][] systems) {
            for (int candidate : chooser.candidates(target, size, hidden, CRITICAL_CANDIDATES)) {
                hidden[candidate] = true;
                boolean[] visible = new boolean[hidden.length];
                for (int cell = 0; cell < hidden.length; cell++) {
                    visible[cell] = !hidden[cell];
                }
                boolean[] dirty = new boolean[index.nodeCount];
                dirty[index.cellNode[candidate]] = true;
                for (int term = 0; term < target.termCount(); term++) {
                    dirty[target.termNode(term, index.coordinateCount)] = true;
                }
                closeUpwards(dirty);
                boolean derivable = span.run(visible, List.of(target), systems, dirty, false).derivable()[0];
                hidden[candidate] = false;
                if (!derivable) {
                    return new int[] {candidate};
                }
            }
            int[] cube = hypercube.cut(target, size, hidden);
            return cube != null ? cube : new int[] {chooser.fallback(target, size, hidden)};
        }

        private void closeUpwards(boolean[] dirty) {
            for (int node : index.postOrder) {
                if (dirty[node] && node != 0) {
                    dirty[index.parent[node]] = true;
                }
            }
            dirty[0] = true;
        }

        private static ExactRow[][] merge(ExactRow[][] fresh, ExactRow[][] cache) {
            if (cache == null) {
                return fresh;
            }
            ExactRow[][] merged = cache.clone();
            for (int node = 0; node < fresh.length; node++) {
                if (fresh[node] != null) {
                    merged[node] = fresh[node];
                }
            }
            return merged;
        }

        /** Nodes whose subtree differs from the cached pattern or holds a target term, ancestors included. */
        private boolean[] dirtyNodes(boolean[] hidden, boolean[] cacheHidden, List<Target> current) {
            boolean[] dirty = new boolean[index.nodeCount];
            for (int cell = 0; cell < hidden.length; cell++) {
                if (hidden[cell] != cacheHidden[cell]) {
                    dirty[index.cellNode[cell]] = true;
                }
            }
            for (Target target : current) {
                for (int term = 0; term < target.termCount(); term++) {
                    dirty[target.termNode(term, index.coordinateCount)] = true;
                }
            }
            for (int node : index.postOrder) {
                if (dirty[node] && node != 0) {
                    dirty[index.parent[node]] = true;
                }
            }
            dirty[0] = true;
            return dirty;
        }

        private ProtectedRelease assemble(boolean[] cellHidden, ItemProtection[] items) {
            List<ProtectedRelease.TableRelease> tables = new ArrayList<>();
            for (int t = 0; t < index.tables.size(); t++) {
                int first = index.tableBase[t];
                int last = t + 1 < index.tables.size() ? index.tableBase[t + 1] : index.cellCount;
                List<ProtectedRelease.CellRelease> cells = new ArrayList<>();
                for (int cell = first; cell < last; cell++) {
                    cells.add(cellRelease(cell, cellHidden, items));
                }
                tables.add(new ProtectedRelease.TableRelease(index.tables.get(t), cells));
            }
            return new ProtectedRelease(k, tables, exhaustive.get(), familiesComplete.get());
        }

        private ProtectedRelease.CellRelease cellRelease(int cell, boolean[] cellHidden, ItemProtection[] items) {
            if (cellHidden[cell]) {
                return new ProtectedRelease.CellRelease(index.categoriesOf(cell), CellStatus.SUPPRESSED, -1,
                        List.of());
            }
            List<ProtectedRelease.ItemRelease> itemReleases = new ArrayList<>();
            for (int item = 0; item < items.length; item++) {
                if (items[item].bands()[cell] != null) {
                    itemReleases.add(ProtectedRelease.ItemRelease.banded(items[item].bands()[cell]));
                } else if (items[item].hidden()[cell]) {
                    itemReleases.add(ProtectedRelease.ItemRelease.suppressed());
                } else {
                    itemReleases.add(ProtectedRelease.ItemRelease.published(index.options(item, cell)));
                }
            }
            return new ProtectedRelease.CellRelease(index.categoriesOf(cell), CellStatus.PUBLISHED,
                    index.count[cell], itemReleases);
        }
    }
}
